<#ftl strip_whitespace=true>
<#-- The dossier as plain text, wrapped at 80 columns. Receives doc: dev.vitae.view.DossierView. -->
<#assign cv = doc.cover>
${cv.name}
<#if cv.label?has_content>
${wrap(cv.label, 80)}
</#if>
<#if cv.headline?has_content>
${wrap(cv.headline, 80)}
</#if>
<#if cv.summary?has_content>

${wrap(cv.summary, 80)}
</#if>
<#if cv.metrics?has_content>

<#list cv.metrics as m>
${wrap(m.value + " " + m.label + m.context?has_content?then(" (" + m.context + ")", ""), 80, "- ", "  ")}
</#list>
</#if>
<#if cv.focus?has_content>

${wrap(doc.words.focus + ": " + cv.focus?join(", "), 80, "", "  ")}
</#if>
<#if cv.contacts?has_content>
${wrap(doc.words.contact + ": " + cv.contacts?map(k -> k.plain)?join(" | "), 80, "", "  ")}
</#if>
<#if doc.contents?has_content>

<@part doc.contentsTitle/>
<#list doc.contents as m>
${wrap(m.title, 80, "- ", "  ")}
<#list m.children as k>
${wrap(k.title, 80, "  - ", "    ")}
</#list>
</#list>
</#if>
<#if doc.systems??>

<@head doc.systems.heading/>
<#list doc.systems.items as s>

${columns(s.name, s.category, 80)}
<#if s.metric?has_content || s.organisation?has_content>
${wrap([s.metric, s.organisation]?filter(x -> x?has_content)?join(" · "), 80)}
</#if>
<#if s.summary?has_content>
${wrap(s.summary, 80)}
</#if>
<#if s.dossierTitle?has_content>
${wrap(doc.words.see + ": " + s.dossierTitle, 80)}
</#if>
</#list>
</#if>
<#if doc.dossiers??>

<@head doc.dossiers.heading/>
<#list doc.dossiers.items as d>

${d.kicker}<#if d.organisation?has_content> · ${d.organisation}</#if>
${wrap(d.title, 80)}
${""?left_pad([d.title?length, 80]?min, "-")}
<#if d.role?has_content>
${wrap(d.role, 80)}
</#if>
<#if d.metrics?has_content>
${wrap(d.metrics?join(" | "), 80)}
</#if>
<@para doc.words.problem d.problem/>
<@para doc.words.architecture d.architecture/>
<#if d.flow?has_content>

<@steps d.flow/>
</#if>
<@para doc.words.reliability d.reliability/>
<@bullets doc.words.operations d.operations/>
<@bullets doc.words.decisions d.decisions/>
<@para doc.words.stack d.stack/>
</#list>
</#if>
<#if doc.diagrams??>

<@head doc.diagrams.heading/>
<#list doc.diagrams.items as f>

${f.kicker}: ${wrap(f.title, 80)}
<#if f.summary?has_content>
${wrap(f.summary, 80)}
</#if>

<@steps f.steps/>
</#list>
</#if>
<#if doc.notes??>

<@head doc.notes.heading/>
<#list doc.notes.items as n>

<#if n.kicker?has_content>
${n.kicker}
</#if>
${wrap(n.title, 80)}
<#if n.body?has_content>
${wrap(n.body, 80)}
</#if>
</#list>
</#if>
<#if doc.skills??>

<@head doc.skills.heading/>

<#list doc.skills.items as k>
${wrap(k.name + ": " + k.keywords.plain, 80, "", "  ")}
</#list>
</#if>
<#if doc.work??>
<@timeline doc.work doc.timelineLinks/>
</#if>
<#if doc.projects??>
<@timeline doc.projects/>
</#if>
<#if doc.principles??>

<@head doc.principles.heading/>
<#list doc.principles.items as p>

${wrap(p.kicker + "  " + p.title, 80)}
<#if p.body?has_content>
${wrap(p.body, 80, "    ", "    ")}
</#if>
</#list>
</#if>
<#if doc.credentials??>

<@head doc.credentials.heading/>
<#if doc.credentials.education?has_content>

${doc.credentials.educationTitle}
<#list doc.credentials.education as e>
<@entry e/>
</#list>
</#if>
<#if doc.credentials.awards?has_content>

${doc.credentials.awardsTitle}
<#list doc.credentials.awards as e>
<@entry e/>
</#list>
</#if>
<#if doc.credentials.languages?has_content>

${doc.credentials.languagesTitle}
${wrap(doc.credentials.languages?join(", "), 80)}
</#if>
</#if>
<#if doc.contact??>

<@head doc.contact.heading/>
<#if doc.contact.availability?has_content>

${wrap(doc.contact.availability, 80)}
</#if>
<#if doc.contact.contacts?has_content>

<#list doc.contact.contacts as k>
${wrap(k.label + ": " + k.plain, 80, "", "  ")}
</#list>
</#if>
</#if>
<#-- A part's title, underlined with '='. -->
<#macro part title>
${wrap(title, 80)}
${""?left_pad([title?length, 80]?min, "=")}
</#macro>
<#macro head h>
<@part h.title/>
<#if h.subtitle?has_content>
${wrap(h.subtitle, 80)}
</#if>
<#if h.intro?has_content>

${wrap(h.intro, 80)}
</#if>
</#macro>
<#macro para label text>
<#if text?has_content>

${label}
${wrap(text, 80, "  ", "  ")}
</#if>
</#macro>
<#macro bullets label items>
<#if items?has_content>

${label}
<#list items as b>
${wrap(b, 80, "  • ", "    ")}
</#list>
</#if>
</#macro>
<#macro entry e>
${columns(e.title + e.org?has_content?then(" — " + e.org, ""), e.dates, 80)}
<#if e.placeAndDetails?has_content>
${wrap(e.placeAndDetails, 80, "  ", "  ")}
</#if>
<#if e.summary?has_content>
${wrap(e.summary, 80, "  ", "  ")}
</#if>
</#macro>
<#macro timeline part links=[]>

<@head part.heading/>
<#list part.items as e>

${columns(e.title + e.org?has_content?then(" — " + e.org, ""), e.dates, 80)}
<#if e.placeAndDetails?has_content>
${wrap(e.placeAndDetails, 80)}
</#if>
<#if e.summary?has_content>
${wrap(e.summary, 80)}
</#if>
<#list e.bullets as b>
${wrap(b.plain, 80, "• ", "  ")}
</#list>
<#if links?size gt e?index && links[e?index].id?has_content>
${wrap(doc.words.see + ": " + links[e?index].title, 80)}
</#if>
</#list>
</#macro>
<#macro steps list>
<#-- the steps in order, each numbered; a step's branches under it, each one way the flow goes -->
<#list list as s>
${wrap(s.number + "  " + s.name + s.detail?has_content?then(" — " + s.detail, ""), 80, "  ", "      ")}
<#list s.branches as b>
${wrap("or  " + b.name + b.detail?has_content?then(" — " + b.detail, ""), 80, "      ", "          ")}
</#list>
</#list>
</#macro>
