<#ftl strip_whitespace=true>
<#-- The cover letter as Markdown, for email: the whole letter, lines of a block joined by hard breaks
     (a backslash at the line's end). -->
**${md(doc.name)}**<#if doc.label?has_content>\
${md(doc.label)}</#if><#if doc.contacts?has_content>\
<#list doc.contacts as k><#if k.href??>[${md(k.text)}](${k.href})<#else>${md(k.text)}</#if><#sep> · </#sep></#list></#if>

${md(doc.date)}
<#if doc.recipient?has_content>

<#list doc.recipient as line>
${md(line)}<#sep>\</#sep>
</#list>
</#if>
<#if doc.regarding?has_content>

**${md(doc.regarding)}**
</#if>

${md(doc.greeting)}

<#list doc.paragraphs as para>
${md(para)}

</#list>
${md(doc.closing)}\
${md(doc.signature)}
<#if doc.enclosures?has_content>

*${md(doc.enclosures)}*
</#if>
