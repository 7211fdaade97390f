package digest

import (
	"fmt"
	"strings"
	"time"
)

const (
	colorSummary   = 0x5865F2
	colorIncidents = 0xB22222
	colorVague     = 0x99AAB5
	// evidenceChars caps one evidence quote inside an incident's field.
	evidenceChars = 160
)

// Discord renders the digest as the bodies to POST to a channel, in order:
// the first carries the totals, then every incident is one embed field, so no
// message ever cuts an incident in half. Every message is within Discord's
// limits (Message.Validate) and mentions nobody.
func (d Digest) Discord() []Message {
	p := discordPacker{}
	p.add(d.summaryEmbed())
	for i, in := range d.Incidents {
		p.field("Incidents", colorIncidents, incidentField(fmt.Sprintf("%d. ", i+1), in, incidentFigures(in)))
	}
	for _, in := range d.Vague {
		p.field("Reported without figures", colorVague, incidentField("", in, strings.Join(reportedKinds(in), " and ")+", no figure"))
	}
	p.flush()
	p.msgs[0].Content = Truncate("**Syria digest** "+windowText(d.Window)+EscapeMarkdown(filterText(d.Filter)), MaxContent)
	return p.msgs
}

func (d Digest) summaryEmbed() Embed {
	var desc strings.Builder
	fmt.Fprintf(&desc, "**%s**\n", totalsText(d.Totals))
	if s := changeText(d); s != "" {
		desc.WriteString("Compared with the " + s + "\n")
	}
	fmt.Fprintf(&desc, "From %d relevant articles; each incident is counted once, with a range where sources conflict.", d.Articles)
	if len(d.Incidents)+len(d.Vague) == 0 {
		desc.WriteString("\nNo incidents reported in this window.")
	}
	e := Embed{
		Title:       Truncate("Syria digest"+EscapeMarkdown(filterText(d.Filter)), MaxEmbedTitle),
		Description: Truncate(desc.String(), MaxEmbedDescription),
		Color:       colorSummary,
		Footer:      &EmbedFooter{Text: "sitrep · " + windowText(d.Window)},
	}
	if !d.Window.To.IsZero() {
		e.Timestamp = d.Window.To.UTC().Format(time.RFC3339)
	}
	if s := sideBreakdown(d); s != "" {
		e.Fields = append(e.Fields, EmbedField{Name: "Killed by side", Value: Truncate(s, MaxFieldValue)})
	}
	if s := governorateBreakdown(d); s != "" {
		e.Fields = append(e.Fields, EmbedField{Name: "Killed by governorate", Value: Truncate(EscapeMarkdown(s), MaxFieldValue)})
	}
	return e
}

// incidentField is one incident: its title as the name; its figures and then
// one line per source as the value. Sources that do not fit are counted in a
// last line instead.
func incidentField(prefix string, in Incident, figures string) EmbedField {
	name := Truncate(prefix+EscapeMarkdown(incidentTitle(in)), MaxFieldName)
	lines := []string{figures}
	size := chars(figures)
	for i, s := range in.Sources {
		line := Truncate(discordSourceLine(s), MaxFieldValue/2)
		more := fmt.Sprintf("… and %d more sources", len(in.Sources)-i)
		if size+1+chars(line)+1+chars(more) > MaxFieldValue && i < len(in.Sources)-1 ||
			size+1+chars(line) > MaxFieldValue {
			lines = append(lines, more)
			break
		}
		lines = append(lines, line)
		size += 1 + chars(line)
	}
	return EmbedField{Name: name, Value: Truncate(strings.Join(lines, "\n"), MaxFieldValue)}
}

// discordSourceLine is `• [Reuters](…), [AFP](…): 8 killed per SOHR (restated) — “…”`.
func discordSourceLine(s IncidentSource) string {
	line := "• " + markdownOutlets(s) + ": " + sourceAttribution(s, EscapeMarkdown)
	if s.Evidence != "" {
		line += " — “" + EscapeMarkdown(Truncate(oneLine(s.Evidence), evidenceChars)) + "”"
	}
	return line
}

// discordPacker fills messages with embeds and embeds with fields, within
// Discord's limits on fields per embed, embeds per message and characters
// per message.
type discordPacker struct {
	msgs    []Message
	cur     Message
	curSize int
	open    *Embed // the embed being filled, not yet in cur
	section string
}

// field adds f to the open embed of section, opening a new embed (and
// message) when the limits require.
func (p *discordPacker) field(section string, color int, f EmbedField) {
	fs := chars(f.Name) + chars(f.Value)
	if p.open != nil && (p.section != section || len(p.open.Fields) == MaxEmbedFields ||
		p.curSize+p.open.size()+fs > MaxEmbedsTotal) {
		p.closeEmbed()
	}
	if p.open == nil {
		title := section
		if p.section == section {
			title += " (continued)"
		}
		p.section = section
		e := Embed{Title: title, Color: color}
		if len(p.cur.Embeds) == MaxEmbeds || p.curSize+e.size()+fs > MaxEmbedsTotal {
			p.flushMessage()
		}
		p.open = &e
	}
	p.open.Fields = append(p.open.Fields, f)
}

func (p *discordPacker) closeEmbed() {
	if p.open != nil {
		p.add(*p.open)
		p.open = nil
	}
}

// add puts a whole embed in the current message, starting a new message if
// it does not fit.
func (p *discordPacker) add(e Embed) {
	if len(p.cur.Embeds) == MaxEmbeds || p.curSize+e.size() > MaxEmbedsTotal {
		p.flushMessage()
	}
	p.cur.Embeds = append(p.cur.Embeds, e)
	p.curSize += e.size()
}

// flush closes the open embed and the current message.
func (p *discordPacker) flush() {
	p.closeEmbed()
	p.flushMessage()
}

func (p *discordPacker) flushMessage() {
	if len(p.cur.Embeds) > 0 {
		p.cur.AllowedMentions = AllowedMentions{Parse: []string{}}
		p.msgs = append(p.msgs, p.cur)
	}
	p.cur, p.curSize = Message{}, 0
}
