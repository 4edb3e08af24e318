<#ftl strip_whitespace=true>
<#-- A line's runs as Markdown, for the .md templates: bold, italic, code and links as its own
     Markdown (or a variant's emphasis) says, every other character escaped so that it shows as written. -->
<#macro spans l><#list l.spans as s><#if s.href??>[<@look s/>](${s.href?replace(" ", "%20")?replace("(", "%28")?replace(")", "%29")})<#else><@look s/></#if></#list></#macro>
<#macro look s><#if s.code><#if s.text?contains("`")>`` ${s.text} ``<#else>`${s.text}`</#if><#elseif s.strong && s.em>***${md(s.text)}***<#elseif s.strong>**${md(s.text)}**<#elseif s.em>*${md(s.text)}*<#else>${md(s.text)}</#if></#macro>
<#-- Text already escaped, a link to href when there is one: an entry's title or organisation. -->
<#macro linked text href><#if href?has_content>[${text}](${href?replace(" ", "%20")?replace("(", "%28")?replace(")", "%29")})<#else>${text}</#if></#macro>
