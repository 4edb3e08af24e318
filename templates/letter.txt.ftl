<#ftl strip_whitespace=true>
<#-- The cover letter as plain text, to paste into an application portal's text box: the body and the
     sign-off only (the portal has the address and the date), each paragraph one line, since a text
     box wraps lines itself and keeps hard breaks where they fall. -->
${doc.greeting}

<#list doc.paragraphs as para>
${para}

</#list>
${doc.closing}
${doc.signature}
<#if doc.contacts?has_content>
${doc.contacts?map(k -> k.plain)?join(" | ")}
</#if>
