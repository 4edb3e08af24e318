<#ftl strip_whitespace=true>
<#-- The dossier as Markdown. Receives doc: dev.vitae.view.DossierView. -->
<#import "lib/markdown.ftl" as mk>
<#assign cv = doc.cover>
# ${md(cv.name)}
<#if cv.label?has_content>

**${md(cv.label)}**
</#if>
<#if cv.headline?has_content>

*${md(cv.headline)}*
</#if>
<#if cv.summary?has_content>

${md(cv.summary)}
</#if>
<#if cv.metrics?has_content>

<#list cv.metrics as m>
- **${md(m.value)}** ${md(m.label)}<#if m.context?has_content> (${md(m.context)})</#if>
</#list>
</#if>
<#if cv.focus?has_content>

**${md(doc.words.focus)}:** ${cv.focus?map(f -> md(f))?join(", ")}
</#if>
<#if cv.contacts?has_content>

**${md(doc.words.contact)}:** <@links cv.contacts/>
</#if>
<#if doc.contents?has_content>

## ${md(doc.contentsTitle)}

<#list doc.contents as m>
- [${md(m.title)}](#${m.id})
<#list m.children as k>
  - [${md(k.title)}](#${k.id})
</#list>
</#list>
</#if>
<#if doc.systems??>

<@head doc.systems.heading/>
<#list doc.systems.items as s>

### ${md(s.name)}

<#if s.category?has_content>*${md(s.category)}*</#if><#if s.category?has_content && (s.metric?has_content || s.organisation?has_content)> · </#if>${[s.metric, s.organisation]?filter(x -> x?has_content)?map(x -> md(x))?join(" · ")}
<#if s.summary?has_content>

${md(s.summary)}
</#if>
<#if s.dossierTitle?has_content>

${md(doc.words.see)}: [${md(s.dossierTitle)}](#${s.dossierId})
</#if>
</#list>
</#if>
<#if doc.dossiers??>

<@head doc.dossiers.heading/>
<#list doc.dossiers.items as d>

<a id="${d.id}"></a>
### ${md(d.title)}

*${md(d.kicker)}<#if d.organisation?has_content> · ${md(d.organisation)}</#if>*
<#if d.role?has_content>

**${md(doc.words.role)}:** ${md(d.role)}
</#if>
<#if d.metrics?has_content>

**${md(doc.words.results)}:** ${d.metrics?map(m -> md(m))?join(" | ")}
</#if>
<@para doc.words.problem d.problem/>
<@para doc.words.architecture d.architecture/>
<#if d.flow?has_content>

<@chart d.flow/>
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

### ${md(f.kicker)}: ${md(f.title)}
<#if f.summary?has_content>

${md(f.summary)}
</#if>

<@chart f.steps/>
</#list>
</#if>
<#if doc.notes??>

<@head doc.notes.heading/>
<#list doc.notes.items as n>

### ${md(n.title)}
<#if n.kicker?has_content>

*${md(n.kicker)}*
</#if>
<#if n.body?has_content>

${md(n.body)}
</#if>
</#list>
</#if>
<#if doc.skills??>

<@head doc.skills.heading/>

<#list doc.skills.items as k>
- **${md(k.name)}:** <@mk.spans k.keywords/>
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

### ${md(p.kicker)} ${md(p.title)}
<#if p.body?has_content>

${md(p.body)}
</#if>
</#list>
</#if>
<#if doc.credentials??>

<@head doc.credentials.heading/>
<#if doc.credentials.education?has_content>

### ${md(doc.credentials.educationTitle)}

<#list doc.credentials.education as e>
<@entry e/>
</#list>
</#if>
<#if doc.credentials.awards?has_content>

### ${md(doc.credentials.awardsTitle)}

<#list doc.credentials.awards as e>
<@entry e/>
</#list>
</#if>
<#if doc.credentials.languages?has_content>

### ${md(doc.credentials.languagesTitle)}

${doc.credentials.languages?map(l -> md(l))?join(", ")}
</#if>
</#if>
<#if doc.contact??>

<@head doc.contact.heading/>
<#if doc.contact.availability?has_content>

${md(doc.contact.availability)}
</#if>
<#if doc.contact.contacts?has_content>

<#list doc.contact.contacts as k>
- **${md(k.label)}:** <#if k.href??>[${md(k.text)}](${k.href})<#else>${md(k.text)}</#if>
</#list>
</#if>
</#if>
<#macro head h>
<a id="${h.id}"></a>
## ${md(h.title)}
<#if h.subtitle?has_content>

*${md(h.subtitle)}*
</#if>
<#if h.intro?has_content>

${md(h.intro)}
</#if>
</#macro>
<#macro para label text>
<#if text?has_content>

**${md(label)}**

${md(text)}
</#if>
</#macro>
<#macro bullets label items>
<#if items?has_content>

**${md(label)}**

<#list items as b>
- ${md(b)}
</#list>
</#if>
</#macro>
<#macro entry e>
- **${md(e.title)}**<#if e.org?has_content> — ${md(e.org)}</#if><#if e.dates?has_content> · *${md(e.dates)}*</#if><#if e.placeAndDetails?has_content> · ${md(e.placeAndDetails)}</#if>
</#macro>
<#macro links contacts><#list contacts as k><#if k.href??>[${md(k.text)}](${k.href})<#else>${md(k.text)}</#if><#sep> · </#sep></#list></#macro>
<#macro timeline part links=[]>

<@head part.heading/>
<#list part.items as e>

### ${md(e.title)}<#if e.org?has_content> — ${md(e.org)}</#if>
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
<#if links?size gt e?index && links[e?index].id?has_content>

${md(doc.words.see)}: [${md(links[e?index].title)}](#${links[e?index].id})
</#if>
</#list>
</#macro>
<#-- A flow as a Mermaid flowchart, left to right, which GitHub draws. -->
<#macro chart steps>
```mermaid
flowchart LR
<#-- each step a box; a step's branches boxes of their own after it, each joined to the next step -->
<#list steps as s>
<#if s?is_first>
  s${s?counter}["${s.number} ${mermaid(s.name)}<#if s.detail?has_content><br>${mermaid(s.detail)}</#if>"]
<#else>
<#assign before = steps[s?index - 1]>
<#if before.branches?has_content>
<#list before.branches as b>
  s${s?index}b${b?counter} --> s${s?counter}<#if b?is_first>["${s.number} ${mermaid(s.name)}<#if s.detail?has_content><br>${mermaid(s.detail)}</#if>"]</#if>
</#list>
<#else>
  s${s?index} --> s${s?counter}["${s.number} ${mermaid(s.name)}<#if s.detail?has_content><br>${mermaid(s.detail)}</#if>"]
</#if>
</#if>
<#list s.branches as b>
  s${s?counter} --> s${s?counter}b${b?counter}["${mermaid(b.name)}<#if b.detail?has_content><br>${mermaid(b.detail)}</#if>"]
</#list>
</#list>
```
</#macro>
