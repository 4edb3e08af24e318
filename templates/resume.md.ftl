<#ftl strip_whitespace=true>
<#-- The résumé as Markdown, for READMEs and profiles. -->
<#import "lib/markdown.ftl" as mk>
# ${md(doc.name)}
<#if doc.label?has_content>

**${md(doc.label)}**
</#if>
<#if doc.headline?has_content>

${md(doc.headline)}
</#if>
<#if doc.contacts?has_content>

<#list doc.contacts as k><#if k.href??>[${md(k.text)}](${k.href})<#else>${md(k.text)}</#if><#sep> · </#sep></#list>
</#if>
<#list doc.sections as s>

## ${md(s.title)}

<#switch s.kind>
<#case "text">
<@mk.spans s.text/>

<#break>
<#case "skills">
<#list s.skills as k>
- **${md(k.name)}:** <@mk.spans k.keywords/>
</#list>
<#break>
<#case "metrics">
<#list s.metrics as m>
- **${md(m.value)}** ${md(m.label)}<#if m.organisation?has_content> · ${md(m.organisation)}</#if>
</#list>
<#break>
<#case "compact">
<#list s.entries as e>
- **${md(e.title)}**<#if e.summary?has_content>: ${md(e.summary)}</#if><#if e.details?has_content> (${md(e.details)})</#if>
</#list>
<#break>
<#default>
<#list s.entries as e>
<#if !e?is_first>

</#if>
### <@mk.linked md(e.title) e.titleUrl!""/><#if e.org?has_content><#if e.title?has_content> — </#if><@mk.linked md(e.org) e.orgUrl!""/></#if>
<#if e.dates?has_content || e.placeAndDetails?has_content>

<#if e.dates?has_content>*${md(e.dates)}*</#if><#if e.dates?has_content && e.placeAndDetails?has_content> · </#if><#if e.placeAndDetails?has_content>${md(e.placeAndDetails)}</#if>
</#if>
<#if e.summary?has_content>

${md(e.summary)}
</#if>
<#if e.bullets?has_content>

<#list e.bullets as b>
- <@mk.spans b/>
</#list>
</#if>
</#list>
</#switch>
</#list>
