package digest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Text shared by every rendering. Outside text is inserted raw here; each
// rendering escapes it for its medium.

// figureText says a figure as a reader would: "12", "at least 12",
// "about 30", "5–15", or "an unstated number" for vague ones.
func figureText(f Figure) string {
	n := strconv.Itoa(f.Count)
	switch f.Qualifier {
	case AtLeast:
		return "at least " + n
	case MoreThan:
		return "more than " + n
	case Approximate:
		return "about " + n
	case Range:
		if f.High != nil {
			return n + "–" + strconv.Itoa(*f.High)
		}
		return n
	case Vague:
		return "an unstated number"
	}
	return n
}

// incidentWhere is "Maarat al-Numan, Idlib", or whichever of the two is known.
func incidentWhere(in Incident) string {
	switch {
	case in.Place != "" && in.Governorate != "" && !strings.EqualFold(in.Place, in.Governorate):
		return in.Place + ", " + in.Governorate
	case in.Place != "":
		return in.Place
	case in.Governorate != "":
		return in.Governorate
	}
	return "place unknown"
}

// incidentTitle is "Maarat al-Numan, Idlib · 2019-12-19 · civilians".
func incidentTitle(in Incident) string {
	return fmt.Sprintf("%s · %s · %s", incidentWhere(in), dateText(in.Date), sideText(in.Side))
}

func dateText(d Date) string {
	if d.IsZero() {
		return "date unknown"
	}
	return d.String()
}

func sideText(s Side) string { return strings.ReplaceAll(string(s), "_", " ") }

// incidentFigures is "killed 5–15 (sources conflict; 3 civilians), wounded 4".
func incidentFigures(in Incident) string {
	var parts []string
	if in.Killed.Reported() {
		s := "killed " + figureText(in.Killed)
		var notes []string
		if in.Killed.Qualifier == Range && conflicting(in, Killed) {
			notes = append(notes, "sources conflict")
		}
		if in.Side != Civilians && in.KilledCivilians.Counted() {
			notes = append(notes, figureText(in.KilledCivilians)+" civilians")
		}
		if len(notes) > 0 {
			s += " (" + strings.Join(notes, "; ") + ")"
		}
		parts = append(parts, s)
	}
	if in.Wounded.Reported() {
		parts = append(parts, "wounded "+figureText(in.Wounded))
	}
	return strings.Join(parts, ", ")
}

// conflicting reports whether a range of kind k comes from sources that disagree.
func conflicting(in Incident, k Kind) bool {
	for _, s := range in.Sources {
		if s.Kind == k && s.Role == RoleConflicting {
			return true
		}
	}
	return false
}

// sourceAttribution is `8 killed per Syrian Observatory (superseded)`;
// escape is applied to the attributed source, which is outside text.
func sourceAttribution(s IncidentSource, escape func(string) string) string {
	out := figureText(s.Figure) + " " + string(s.Kind)
	if s.Source != "" {
		out += " per " + escape(s.Source)
	}
	if s.Role != RoleCounted {
		out += " (" + string(s.Role) + ")"
	}
	return out
}

// outletsText is "Reuters" or "Reuters, Al Arabiya".
func outletsText(s IncidentSource) string {
	var names []string
	for _, c := range s.Copies {
		if c.Outlet != "" && !slices.Contains(names, c.Outlet) {
			names = append(names, c.Outlet)
		}
	}
	if len(names) == 0 {
		return "unnamed outlet"
	}
	return strings.Join(names, ", ")
}

// signed is "+68", "-3" or "±0".
func signed(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return strconv.Itoa(n)
	}
	return "±0"
}

// windowText is "2019-12-18 08:00 – 2019-12-19 08:00 UTC".
func windowText(w Window) string {
	const layout = "2006-01-02 15:04"
	return w.From.Format(layout) + " – " + w.To.Format(layout) + " " + w.To.Format("MST")
}

// filterText is " · Idlib" or " · Saraqib" or "".
func filterText(f Filter) string {
	var parts []string
	for _, s := range []string{f.Governorate, f.Place} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " · " + strings.Join(parts, ", ")
}

// totalsText is "78 killed (23 civilians), 12 wounded".
func totalsText(t Totals) string {
	return fmt.Sprintf("%d killed (%d civilians), %d wounded", t.Killed, t.KilledCivilians, t.Wounded)
}

// changeText is "previous window: 10 killed (3 civilians), 5 wounded; change +68 killed, +20 civilians, ±0 wounded".
func changeText(d Digest) string {
	if d.Previous == nil {
		return ""
	}
	c := d.Change()
	return fmt.Sprintf("previous window: %s; change %s killed, %s civilians, %s wounded",
		totalsText(*d.Previous), signed(c.Killed), signed(c.KilledCivilians), signed(c.Wounded))
}

// breakdownText is "civilians 23, government 29" (killed per group).
func sideBreakdown(d Digest) string {
	var parts []string
	for _, s := range d.BySide {
		parts = append(parts, fmt.Sprintf("%s %d", sideText(s.Side), s.Killed))
	}
	return strings.Join(parts, ", ")
}

func governorateBreakdown(d Digest) string {
	var parts []string
	for _, g := range d.ByGovernorate {
		name := g.Governorate
		if name == "" {
			name = "unknown"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, g.Killed))
	}
	return strings.Join(parts, ", ")
}
