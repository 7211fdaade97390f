package digest

import "cmp"

// entry is one casualty figure of a copy group's report, with the integers
// it is matched and ordered on. It holds no pointers (its casualty is
// merger.figs[fig].c), so the collector never scans entries.
type entry struct {
	dateSec  int64 // the figure's day (or its article's), as an instant
	count    int   // the figure's count
	top      int   // its count, or the top of its range
	dateNsec int32
	group    int32 // its copy group, whose index follows the groups' canonical order
	fig      int32 // its index in merger.figs, which follows its position in the report: the last tie-break
	// Ranks of the side (unknown when not given), area (the folded
	// governorate, or the place when the governorate is missing) and
	// specific place, so that sorting compares integers; a missing place
	// ranks after every place.
	sideRank, areaRank, placeRank int32
	place                         int32 // folded id of the specific place, 0 when only the governorate is known
	src                           int32 // folded attributed source (even), or the outlet when none is named (odd)
	next                          int32 // the next entry of its incident, -1 at the end
	kind                          uint8 // 0 killed, 1 wounded
	vague                         bool
	qualifierRank                 uint8
	role                          uint8 // index into roles, once merged
}

// collectEntries lists the casualty figures of the groups' representatives
// in canonical order; unknown is the id of Unknown, the side of figures
// without one. It reads only the groups' representatives: listCopies may
// be filling in the rest meanwhile.
func (m *merger) collectEntries(unknown int32) {
	noPlace := int32(len(m.foldRank)) // governorate-only figures after the places
	// First the sort keys of the figures that count, made in (group,
	// index) order, the last keys of compareEntries: a stable sort on the
	// others completes it. Then the entries, in that order.
	n := 0
	for gi := range m.groups {
		at := &m.arts[m.groups[gi].rep]
		n += int(at.figEnd - at.figStart)
	}
	figs := make([]int32, 0, n)   // index into m.figs
	groups := make([]int32, 0, n) // the figure's group
	side, area, place := make([]uint32, 0, n), make([]uint32, 0, n), make([]uint32, 0, n)
	sec, nsec := make([]int64, 0, n), make([]uint32, 0, n)
	for gi := range m.groups {
		at := &m.arts[m.groups[gi].rep]
		for fi := at.figStart; fi < at.figEnd; fi++ {
			f := &m.figs[fi]
			if f.kind > 1 || f.count < 0 {
				continue
			}
			s := f.side
			if s == 0 {
				s = unknown
			}
			a, p := m.areaPlace(f)
			pr := m.foldRank[p]
			if p == 0 {
				pr = noPlace
			}
			figs, groups = append(figs, fi), append(groups, int32(gi))
			side, area, place = append(side, uint32(m.spellRank[s])), append(area, uint32(m.foldRank[a])), append(place, uint32(pr)<<1|uint32(f.kind))
			sec, nsec = append(sec, f.sec), append(nsec, uint32(f.nsec))
		}
	}
	order := m.radix.order(len(figs), side, area, denseRanks(sec), nsec, place)
	m.entries = make([]entry, len(figs))
	for i, j := range order {
		f := &m.figs[figs[j]]
		g := groups[j]
		e := entry{count: f.count, top: f.top, dateSec: f.sec, dateNsec: f.nsec, group: g, fig: figs[j],
			next: -1, kind: f.kind, vague: f.vague, qualifierRank: f.qualifierRank,
			sideRank: int32(side[j]), areaRank: int32(area[j]), placeRank: int32(place[j] >> 1)}
		_, e.place = m.areaPlace(f)
		e.src = 2 * m.names.foldOf[f.source]
		if e.src == 0 {
			e.src = 2*m.names.foldOf[m.arts[m.groups[g].rep].feed] + 1
		}
		m.entries[i] = e
	}
}

// areaPlace are the folded ids of f's area (its governorate, or its place
// when the governorate is missing) and specific place (0 when only the
// governorate is known).
func (m *merger) areaPlace(f *reportFigure) (area, place int32) {
	gov, place := m.names.foldOf[f.gov], m.names.foldOf[f.place]
	if place == gov {
		place = 0
	}
	if gov == 0 {
		return place, 0
	}
	return gov, place
}

// article is the article behind e.
func (m *merger) article(e *entry) *Article { return m.arts[m.groups[e.group].rep].a }

// figureOf is what merging read of e's figure.
func (m *merger) figureOf(e *entry) *reportFigure {
	return &m.figs[e.fig]
}

// compareEntries is the canonical order: bucket (side, area), then day, then
// specific places before governorate-only figures (so those join the
// incidents of the places), then the report.
func compareEntries(a, b entry) int {
	return cmp.Or(cmp.Compare(a.sideRank, b.sideRank), cmp.Compare(a.areaRank, b.areaRank),
		cmp.Compare(a.dateSec, b.dateSec), cmp.Compare(a.dateNsec, b.dateNsec),
		cmp.Compare(a.placeRank, b.placeRank), cmp.Compare(a.kind, b.kind),
		cmp.Compare(a.group, b.group), cmp.Compare(a.fig, b.fig))
}

// incidentDraft collects the entries of one incident while clustering. Its
// index in merger.drafts is its creation order.
type incidentDraft struct {
	first      int32 // its first entry, whose day it starts on
	place      int32 // folded specific place, 0 until an entry gives one
	head, tail int32 // its entries, linked through entry.next in canonical order
	size       int32 // how many
}

// cluster assigns the entries, bucket (side, area) by bucket, to incidents.
func (m *merger) cluster() {
	byPlace := make([][]int32, len(m.foldRank)) // drafts of the current bucket, by folded place
	var open []int32
	for start := 0; start < len(m.entries); {
		end := start + 1
		for end < len(m.entries) && m.entries[end].sideRank == m.entries[start].sideRank && m.entries[end].areaRank == m.entries[start].areaRank {
			end++
		}
		open = m.clusterBucket(int32(start), int32(end), byPlace, open[:0])
		start = end
	}
}

// clusterBucket assigns the entries of one (side, area) bucket, in canonical
// order, to incidents: an entry joins the first open incident it is
// compatible with (same place preferred), or starts one. An incident spans at
// most two days, so daily reports from one town do not chain into one. Open
// incidents are indexed by place, so an entry is compared only with those of
// its place and those without one. byPlace is empty on entry and on return;
// open is scratch space, returned for reuse.
func (m *merger) clusterBucket(lo, hi int32, byPlace [][]int32, open []int32) []int32 {
	oldest := 0 // open[oldest:] are the open incidents in creation (and so date) order
	for i := lo; i < hi; i++ {
		e := &m.entries[i]
		for oldest < len(open) && !m.isOpen(open[oldest], e) {
			oldest++
		}
		pick := int32(-1)
		if e.place == 0 {
			for _, d := range open[oldest:] {
				if m.accepts(d, e) {
					pick = d
					break
				}
			}
		} else {
			pick = m.firstAccepting(byPlace[e.place], e, false)
			if pick < 0 {
				pick = m.firstAccepting(byPlace[0], e, true)
			}
		}
		if pick < 0 {
			pick = int32(len(m.drafts))
			m.drafts = append(m.drafts, incidentDraft{first: i, head: i, tail: i, size: 1})
			open = append(open, pick)
			byPlace[e.place] = append(byPlace[e.place], pick)
		} else {
			d := &m.drafts[pick]
			if d.place == 0 && e.place != 0 {
				byPlace[e.place] = append(byPlace[e.place], pick)
			}
			m.entries[d.tail].next = i
			d.tail = i
			d.size++
		}
		if d := &m.drafts[pick]; d.place == 0 {
			d.place = e.place
		}
	}
	for _, d := range m.drafts[open[0]:] {
		byPlace[m.entries[d.first].place] = byPlace[m.entries[d.first].place][:0]
		byPlace[d.place] = byPlace[d.place][:0]
	}
	return open
}

// firstAccepting is the earliest created open incident of ds that accepts e;
// with placeless, only those still without a place qualify.
func (m *merger) firstAccepting(ds []int32, e *entry, placeless bool) int32 {
	pick := int32(-1)
	for _, d := range ds {
		if (pick < 0 || d < pick) && (!placeless || m.drafts[d].place == 0) && m.isOpen(d, e) && m.accepts(d, e) {
			pick = d
		}
	}
	return pick
}

// isOpen reports whether e's day is within a day of the incident's first
// (entries come in date order, so e's is never earlier).
func (m *merger) isOpen(d int32, e *entry) bool {
	first := &m.entries[m.drafts[d].first]
	const day = 24 * 60 * 60
	diff := e.dateSec - first.dateSec
	return diff < day || diff == day && e.dateNsec <= first.dateNsec
}

// accepts reports whether e can be a figure of incident d: the places do
// not differ, the report has no figure of that kind there yet (a report
// gives one entry per incident and side), and the figures are compatible:
// vague, an update by the same source, or within compatibleRatio.
func (m *merger) accepts(d int32, e *entry) bool {
	dr := &m.drafts[d]
	if e.place != 0 && dr.place != 0 && e.place != dr.place {
		return false
	}
	lo, hi, exact, sameSource := 0, 0, false, false
	for j := dr.head; j >= 0; j = m.entries[j].next {
		o := &m.entries[j]
		if o.kind != e.kind {
			continue
		}
		if o.group == e.group {
			return false
		}
		if o.vague {
			continue
		}
		sameSource = sameSource || o.src == e.src
		if !exact {
			lo, hi, exact = o.count, o.top, true
		}
		lo, hi = min(lo, o.count), max(hi, o.top)
	}
	if !exact || e.vague || sameSource {
		return true
	}
	return e.count <= compatibleRatio*max(lo, 1) && hi <= compatibleRatio*max(e.count, 1)
}
