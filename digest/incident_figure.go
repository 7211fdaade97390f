package digest

import "slices"

// qualifierRank orders equal counts from the most to the least exact, so
// that "5" wins over "about 5" as the counted figure.
var qualifierRank = map[Qualifier]int{Exact: 0, AtLeast: 1, MoreThan: 2, Approximate: 3, Range: 4, Vague: 5}

// mergeFigures merges the figures of one kind for one incident (spec §4) and
// records each entry's role. Entries come in canonical order. Per attributed
// source, the latest article's figure stands (an updated toll replaces the
// older one); across sources, the lowest counts and the highest is the
// range's top; equal figures count once; vague figures are covered by any
// exact or approximate one. It also returns the civilian subset of the
// figures ("eight people, including three children"), merged the same way.
func mergeFigures(es []*entry) (fig, civilians Figure) {
	var bySource = map[string]*entry{}
	var sources []string
	vagueOnly := true
	for _, e := range es {
		if e.c.Qualifier != Vague {
			vagueOnly = false
		}
	}
	if vagueOnly {
		for _, e := range es {
			e.role = RoleVague
			if !fig.Reported() || e.c.Count < fig.Count {
				fig = Figure{Count: e.c.Count, Qualifier: Vague}
			}
		}
		return fig, Figure{}
	}
	for _, e := range es {
		if e.c.Qualifier == Vague {
			e.role = RoleCovered
			continue
		}
		cur, ok := bySource[e.src]
		if !ok {
			sources = append(sources, e.src)
		}
		if !ok || later(e, cur) {
			bySource[e.src] = e
		}
	}
	current := make([]*entry, 0, len(sources))
	for _, s := range sources {
		current = append(current, bySource[s])
	}
	// lowest first; equal counts: the most exact, then canonical order
	slices.SortStableFunc(current, func(a, b *entry) int {
		if a.c.Count != b.c.Count {
			return a.c.Count - b.c.Count
		}
		return qualifierRank[a.c.Qualifier] - qualifierRank[b.c.Qualifier]
	})
	counted := current[0]
	fig = Figure{Count: counted.c.Count, High: counted.c.High, Qualifier: counted.c.Qualifier}
	hi := top(counted)
	for _, e := range current[1:] {
		hi = max(hi, top(e))
	}
	if hi > fig.Count && (fig.High == nil || *fig.High != hi) {
		fig.High, fig.Qualifier = &hi, Range
	}
	for _, e := range es {
		switch {
		case e.role == RoleCovered:
		case e == counted:
			e.role = RoleCounted
		case bySource[e.src] != e && sameFigure(e, bySource[e.src]):
			e.role = RoleRestated
		case bySource[e.src] != e:
			e.role = RoleSuperseded
		case sameFigure(e, counted):
			e.role = RoleRestated
		default:
			e.role = RoleConflicting
		}
	}
	return fig, civilianSubset(current)
}

// civilianSubset merges the civilian subsets of the sources' standing
// figures: the lowest counts, the highest tops the range.
func civilianSubset(current []*entry) Figure {
	var f Figure
	hi := 0
	for _, e := range current {
		if e.c.Civilians == nil {
			continue
		}
		n := *e.c.Civilians
		if !f.Reported() || n < f.Count {
			f = Figure{Count: n, Qualifier: e.c.Qualifier}
			if f.Qualifier == Range {
				f.Qualifier = Exact // the subset of a range is told as one number
			}
		}
		hi = max(hi, n)
	}
	if f.Reported() && hi > f.Count {
		f.High, f.Qualifier = &hi, Range
	}
	return f
}

// later reports whether a's article is newer than b's (canonical order breaks ties).
func later(a, b *entry) bool {
	if c := a.group.rep.Published.Compare(b.group.rep.Published); c != 0 {
		return c > 0
	}
	return compareEntries(a, b) > 0
}

func top(e *entry) int {
	if e.c.High != nil {
		return max(e.c.Count, *e.c.High)
	}
	return e.c.Count
}

func sameFigure(a, b *entry) bool {
	return a.c.Count == b.c.Count && top(a) == top(b) && a.c.Qualifier == b.c.Qualifier
}
