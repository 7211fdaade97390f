package digest

import (
	"cmp"
	"fmt"
	"strings"
)

// Markdown renders the digest as Markdown: a totals table, then each incident
// with its sources linked and their evidence quoted. Outside text is escaped.
func (d Digest) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Syria digest %s%s\n\n", windowText(d.Window), EscapeMarkdown(filterText(d.Filter)))
	b.WriteString("| | killed | civilians killed | wounded |\n|---|---:|---:|---:|\n")
	fmt.Fprintf(&b, "| this window | %d | %d | %d |\n", d.Totals.Killed, d.Totals.KilledCivilians, d.Totals.Wounded)
	if d.Previous != nil {
		c := d.Change()
		fmt.Fprintf(&b, "| previous window | %d | %d | %d |\n", d.Previous.Killed, d.Previous.KilledCivilians, d.Previous.Wounded)
		fmt.Fprintf(&b, "| change | %s | %s | %s |\n", signed(c.Killed), signed(c.KilledCivilians), signed(c.Wounded))
	}
	if len(d.BySide) > 0 {
		fmt.Fprintf(&b, "\nKilled by side: %s.  \nKilled by governorate: %s.\n", sideBreakdown(d), EscapeMarkdown(governorateBreakdown(d)))
	}
	fmt.Fprintf(&b, "\nFrom %d relevant articles.\n", d.Articles)
	if len(d.Incidents) > 0 {
		b.WriteString("\n## Incidents\n")
		for i, in := range d.Incidents {
			fmt.Fprintf(&b, "\n%d. **%s**: %s\n", i+1, EscapeMarkdown(incidentTitle(in)), incidentFigures(in))
			writeMarkdownSources(&b, in)
		}
	}
	if len(d.Vague) > 0 {
		b.WriteString("\n## Reported without figures\n")
		for _, in := range d.Vague {
			fmt.Fprintf(&b, "\n- **%s**: %s, no figure\n", EscapeMarkdown(incidentTitle(in)), strings.Join(reportedKinds(in), " and "))
			writeMarkdownSources(&b, in)
		}
	}
	return b.String()
}

func writeMarkdownSources(b *strings.Builder, in Incident) {
	for _, s := range in.Sources {
		fmt.Fprintf(b, "   - %s: %s", markdownOutlets(s), sourceAttribution(s, EscapeMarkdown))
		if s.Evidence != "" {
			fmt.Fprintf(b, " — “%s”", EscapeMarkdown(oneLine(s.Evidence)))
		}
		b.WriteByte('\n')
	}
}

// markdownOutlets links each copy: "[Reuters](https://…), [AFP](https://…)";
// a copy without an http(s) link shows as plain text.
func markdownOutlets(s IncidentSource) string {
	var parts []string
	for _, c := range s.Copies {
		name := EscapeMarkdown(cmp.Or(c.Outlet, "link"))
		if u, ok := linkTarget(c.Link); ok {
			name = "[" + name + "](" + u + ")"
		}
		parts = append(parts, name)
	}
	if len(parts) == 0 {
		return "unnamed outlet"
	}
	return strings.Join(parts, ", ")
}

// linkTarget makes a link safe inside "[text](…)": only http(s), and the
// characters that would end the target or a line are percent-encoded.
func linkTarget(link string) (string, bool) {
	if !strings.HasPrefix(link, "https://") && !strings.HasPrefix(link, "http://") {
		return "", false
	}
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E", "\n", "", "\r", "").Replace(link), true
}

// oneLine joins the lines of outside text, so that it cannot start a
// heading, quote or list of its own.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
