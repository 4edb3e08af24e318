<#ftl strip_whitespace=true>
<#-- The résumé as plain text, wrapped at 80 columns, for application forms and email. -->
<#macro spans l><#list l.spans as s>${s.text}</#list></#macro>
${doc.name}
<#if doc.label?has_content>
${doc.label}
</#if>
<#if doc.headline?has_content>
${wrap(doc.headline, 80)}
</#if>
<#if doc.contacts?has_content>
${wrap(doc.contacts?map(k -> k.plain)?join(" | "), 80)}
</#if>
<#list doc.sections as s>

${s.title}
${""?left_pad(s.title?length, "-")}
<#switch s.kind>
<#case "text">
${wrap(s.text.plain, 80)}
<#break>
<#case "skills">
<#list s.skills as k>
${wrap(k.name + ": " + k.keywords.plain, 80, "", "  ")}
</#list>
<#break>
<#case "metrics">
<#list s.metrics as m>
${wrap(m.value + " " + m.label + m.organisation?has_content?then(" · " + m.organisation, ""), 80, "- ", "  ")}
</#list>
<#break>
<#case "compact">
<#list s.entries as e>
${wrap(e.title + e.summary?has_content?then(": " + e.summary, "") + e.details?has_content?then(" (" + e.details + ")", ""), 80, "• ", "  ")}
</#list>
<#break>
<#default>
<#list s.entries as e>
<#if !e?is_first>

</#if>
${columns(e.title + e.org?has_content?then(e.title?has_content?then(" — ", "") + e.org, ""), e.dates, 80)}
<#if e.placeAndDetails?has_content>
${wrap(e.placeAndDetails, 80)}
</#if>
<#if e.summary?has_content>
${wrap(e.summary, 80)}
</#if>
<#list e.bullets as b>
${wrap(b.plain, 80, "• ", "  ")}
</#list>
</#list>
</#switch>
</#list>
