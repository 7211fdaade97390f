package digest

import "slices"

// qualifierRank orders equal counts from the most to the least exact, so
// that "5" wins over "about 5" as the counted figure; unknown qualifiers rank
// with exact ones.
func qualifierRank(q Qualifier) int {
	switch q {
	case AtLeast:
		return 1
	case MoreThan:
		return 2
	case Approximate:
		return 3
	case Range:
		return 4
	case Vague:
		return 5
	}
	return 0
}

// roles are the values of entry.role.
var roles = [...]Role{"", RoleCounted, RoleConflicting, RoleRestated, RoleSuperseded, RoleCovered, RoleVague}

const (
	roleCounted uint8 = iota + 1
	roleConflicting
	roleRestated
	roleSuperseded
	roleCovered
	roleVague
)

// figureMerge is scratch space for mergeFigures, reused across incidents.
type figureMerge struct {
	slot     []int32 // by entry.src: 1 + the source's index in standing, 0 while unseen
	standing []int32 // each source's standing entry, in order of first appearance
	current  []int32 // the same, sorted for counting
}

// mergeFigures merges the figures es of one kind for one incident (spec §4)
// and records each entry's role. Entries come in canonical order. Per
// attributed source, the latest article's figure stands (an updated toll
// replaces the older one); across sources, the lowest counts and the highest
// is the range's top; equal figures count once; vague figures are covered by
// any exact or approximate one. It also returns the civilian subset of the
// figures ("eight people, including three children"), merged the same way.
func (m *merger) mergeFigures(es []int32, fm *figureMerge) (fig, civilians Figure) {
	vagueOnly := true
	for _, i := range es {
		if !m.entries[i].vague {
			vagueOnly = false
		}
	}
	if vagueOnly {
		for _, i := range es {
			e := &m.entries[i]
			e.role = roleVague
			if !fig.Reported() || e.count < fig.Count {
				fig = Figure{Count: e.count, Qualifier: Vague}
			}
		}
		return fig, Figure{}
	}
	if len(fm.slot) < 2*len(m.names.folded) {
		fm.slot = make([]int32, 2*len(m.names.folded))
	}
	standing := fm.standing[:0]
	for _, i := range es {
		e := &m.entries[i]
		if e.vague {
			e.role = roleCovered
			continue
		}
		if s := fm.slot[e.src]; s == 0 {
			standing = append(standing, i)
			fm.slot[e.src] = int32(len(standing))
		} else if m.later(i, standing[s-1]) {
			standing[s-1] = i
		}
	}
	current := append(fm.current[:0], standing...)
	// lowest first; equal counts: the most exact, then canonical order
	slices.SortStableFunc(current, func(a, b int32) int {
		ea, eb := &m.entries[a], &m.entries[b]
		if ea.count != eb.count {
			return ea.count - eb.count
		}
		return int(ea.qualifierRank) - int(eb.qualifierRank)
	})
	counted := current[0]
	c := m.figureOf(&m.entries[counted]).c
	fig = Figure{Count: c.Count, High: c.High, Qualifier: c.Qualifier}
	hi := 0
	for _, i := range current {
		hi = max(hi, m.entries[i].top)
	}
	if hi > fig.Count && (fig.High == nil || *fig.High != hi) {
		fig.High, fig.Qualifier = &hi, Range
	}
	for _, i := range es {
		e := &m.entries[i]
		if e.role == roleCovered {
			continue
		}
		s := standing[fm.slot[e.src]-1]
		switch {
		case i == counted:
			e.role = roleCounted
		case s != i && m.sameFigure(i, s):
			e.role = roleRestated
		case s != i:
			e.role = roleSuperseded
		case m.sameFigure(i, counted):
			e.role = roleRestated
		default:
			e.role = roleConflicting
		}
	}
	civilians = m.civilianSubset(current)
	for _, i := range standing {
		fm.slot[m.entries[i].src] = 0
	}
	fm.standing, fm.current = standing, current
	return fig, civilians
}

// civilianSubset merges the civilian subsets of the sources' standing
// figures: the lowest counts, the highest tops the range.
func (m *merger) civilianSubset(current []int32) Figure {
	var f Figure
	hi := 0
	for _, i := range current {
		c := m.figureOf(&m.entries[i]).c
		if c.Civilians == nil {
			continue
		}
		n := *c.Civilians
		if !f.Reported() || n < f.Count {
			f = Figure{Count: n, Qualifier: c.Qualifier}
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

// later reports whether entry a's article is newer than b's (canonical order
// breaks ties).
func (m *merger) later(a, b int32) bool {
	ea, eb := &m.entries[a], &m.entries[b]
	if pa, pb := &m.arts[m.groups[ea.group].rep], &m.arts[m.groups[eb.group].rep]; pa.after(pb) || pb.after(pa) {
		return pa.after(pb)
	}
	return compareEntries(*ea, *eb) > 0
}

// sameFigure reports whether entries a and b give the same figure.
func (m *merger) sameFigure(a, b int32) bool {
	ea, eb := &m.entries[a], &m.entries[b]
	return ea.count == eb.count && ea.top == eb.top && m.figureOf(ea).c.Qualifier == m.figureOf(eb).c.Qualifier
}
