package digest

import (
	"fmt"
	"strings"
	"unicode"
)

// Text renders the digest for a terminal: plain text, every source with its
// links and evidence.
func (d Digest) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Syria digest %s%s\n", windowText(d.Window), plainText(filterText(d.Filter)))
	fmt.Fprintf(&b, "Totals: %s\n", totalsText(d.Totals))
	if s := changeText(d); s != "" {
		fmt.Fprintf(&b, "Compared with the %s\n", s)
	}
	if len(d.BySide) > 0 {
		fmt.Fprintf(&b, "Killed by side: %s\n", sideBreakdown(d))
		fmt.Fprintf(&b, "Killed by governorate: %s\n", plainText(governorateBreakdown(d)))
	}
	fmt.Fprintf(&b, "From %d relevant articles.\n", d.Articles)
	if len(d.Incidents) > 0 {
		b.WriteString("\nIncidents\n")
		for i, in := range d.Incidents {
			fmt.Fprintf(&b, "%3d. %s\n     %s\n", i+1, plainText(incidentTitle(in)), incidentFigures(in))
			writeTextSources(&b, in)
		}
	}
	if len(d.Vague) > 0 {
		b.WriteString("\nReported without figures\n")
		for _, in := range d.Vague {
			fmt.Fprintf(&b, "   - %s: %s, no figure\n", plainText(incidentTitle(in)), strings.Join(reportedKinds(in), " and "))
			writeTextSources(&b, in)
		}
	}
	return b.String()
}

func writeTextSources(b *strings.Builder, in Incident) {
	for _, s := range in.Sources {
		fmt.Fprintf(b, "       · %s: %s\n", plainText(outletsText(s)), sourceAttribution(s, plainText))
		if s.Evidence != "" {
			fmt.Fprintf(b, "         %q\n", s.Evidence)
		}
		for _, l := range s.Links {
			fmt.Fprintf(b, "         %s\n", plainText(l))
		}
	}
}

// reportedKinds is ["killed", "wounded"] for the kinds an incident reports.
func reportedKinds(in Incident) []string {
	var out []string
	if in.Killed.Reported() {
		out = append(out, "killed")
	}
	if in.Wounded.Reported() {
		out = append(out, "wounded")
	}
	return out
}

// plainText replaces control characters in outside text with spaces, so no
// feed can move a terminal's cursor or change its colours.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}
