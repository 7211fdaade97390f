package digest

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// draftHead is what an incident takes from its drafts' entries before its
// figures are merged: day, side, governorate and place.
type draftHead struct {
	date             Date
	side, gov, place int32 // spelling ids
}

// head is draft d's day (its first entry's), side and governorate (its first
// entry's) and place: the spelling of the first report naming its place, or
// the first report's place when it names no governorate.
func (m *merger) head(d *incidentDraft) draftHead {
	first := &m.entries[d.first]
	n := m.figureOf(first)
	h := draftHead{date: entryDate(n.c, m.article(first)), side: n.side, gov: n.gov}
	if h.side == 0 {
		h.side = m.names.id(string(Unknown))
	}
	if d.place != 0 {
		for j := d.head; j >= 0; j = m.entries[j].next {
			if e := &m.entries[j]; e.place == d.place {
				h.place = m.figureOf(e).place
				break
			}
		}
	}
	if h.place == 0 && n.gov == 0 {
		h.place = n.place
	}
	return h
}

// assembly turns drafts into incidents: heads and keys for all, figures
// and sources for those asked for.
type assembly struct {
	m       *merger
	heads   []draftHead
	keys    []string
	fm      figureMerge
	killed  []int32
	wounded []int32
	sources []IncidentSource // the block sources are cut from, see list
}

// assemble returns the drafts in the order of Incidents (date, governorate,
// place, side and key) and their assembly.
func (m *merger) assemble() ([]int32, *assembly) {
	heads := make([]draftHead, len(m.drafts))
	for d := range m.drafts {
		heads[d] = m.head(&m.drafts[d])
	}
	keys := m.keys(heads)
	// Date, governorate, place and side (ranks of their spellings), then key.
	n := len(m.drafts)
	sec, nsec, gov, place, side := make([]int64, n), make([]uint32, n), make([]uint32, n), make([]uint32, n), make([]uint32, n)
	for d, h := range heads {
		sec[d], nsec[d] = h.date.Unix(), uint32(h.date.Nanosecond())
		gov[d], place[d], side[d] = uint32(m.spellRank[h.gov]), uint32(m.spellRank[h.place]), uint32(m.spellRank[h.side])
	}
	order := m.radix.order(n, denseRanks(sec), nsec, gov, place, side)
	same := func(a, b int32) bool {
		return sec[a] == sec[b] && nsec[a] == nsec[b] && gov[a] == gov[b] && place[a] == place[b] && side[a] == side[b]
	}
	for start := 0; start < n; {
		end := start + 1
		for end < n && same(order[end], order[start]) {
			end++
		}
		if end-start > 1 {
			slices.SortFunc(order[start:end], func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
		}
		start = end
	}
	return order, &assembly{m: m, heads: heads, keys: keys}
}

// incidents lists every draft's incident, with sources, in order.
func (m *merger) incidents() []Incident {
	order, a := m.assemble()
	return a.list(order)
}

// parallelDrafts is how many drafts make listing them worth splitting
// between two goroutines.
const parallelDrafts = 4096

// list returns the incidents of drafts ds, merged and with their sources.
// Drafts share nothing they write (each records its own entries' roles,
// and its sources go to their own part of one block), so two goroutines
// list the halves of a long list side by side.
func (a *assembly) list(ds []int32) []Incident {
	out := make([]Incident, len(ds))
	n := 0
	for _, d := range ds {
		n += int(a.m.drafts[d].size)
	}
	a.sources = make([]IncidentSource, n)
	if len(ds) < parallelDrafts {
		a.listInto(ds, out)
		return out
	}
	half, sources := 0, 0 // split where half the sources are
	for 2*sources < n {
		sources += int(a.m.drafts[ds[half]].size)
		half++
	}
	other := &assembly{m: a.m, heads: a.heads, keys: a.keys, sources: a.sources[sources:]}
	var wg sync.WaitGroup
	wg.Go(func() { other.listInto(ds[half:], out[half:]) })
	a.listInto(ds[:half], out[:half])
	wg.Wait()
	return out
}

// listInto lists the incidents of drafts ds into out, cutting their sources
// from a.sources.
func (a *assembly) listInto(ds []int32, out []Incident) {
	for k, d := range ds {
		out[k] = a.head(d)
		a.merge(d, &out[k])
		a.addSources(d, &out[k]) // while its reports are in cache
	}
}

// head is draft d's incident before merging: key, day, side, governorate
// and place.
func (a *assembly) head(d int32) Incident {
	h, names := &a.heads[d], a.m.names.spellings
	return Incident{Key: a.keys[d], Date: h.date, Side: Side(names[h.side]), Governorate: names[h.gov], Place: names[h.place]}
}

// merge merges draft d's figures into in (once per draft: it records the
// entries' roles).
func (a *assembly) merge(d int32, in *Incident) {
	a.split(d)
	var civ Figure
	in.Killed, civ = a.m.mergeFigures(a.killed, &a.fm)
	in.Wounded, _ = a.m.mergeFigures(a.wounded, &a.fm)
	in.KilledCivilians = civ
	if in.Side == Civilians {
		in.KilledCivilians = in.Killed
	}
}

// split lists draft d's killed and wounded entries, in canonical order.
func (a *assembly) split(d int32) {
	a.killed, a.wounded = a.killed[:0], a.wounded[:0]
	for j := a.m.drafts[d].head; j >= 0; j = a.m.entries[j].next {
		if a.m.entries[j].kind == 0 {
			a.killed = append(a.killed, j)
		} else {
			a.wounded = append(a.wounded, j)
		}
	}
}

// addSources lists draft d's sources in in, killed before wounded and
// otherwise in canonical order, after merge has given them their roles.
func (a *assembly) addSources(d int32, in *Incident) {
	a.split(d)
	n := len(a.killed) + len(a.wounded)
	in.Sources, a.sources = a.sources[:0:n], a.sources[n:]
	for _, j := range a.killed {
		in.Sources = append(in.Sources, a.m.source(j))
	}
	for _, j := range a.wounded {
		in.Sources = append(in.Sources, a.m.source(j))
	}
}

// keys are the drafts' incident keys: day, governorate, place and side
// ("2019-12-19/idlib/maarat-al-numan/civilians", "-" for an unknown
// governorate or place), with a "~n" suffix for the nth incident (in creation order) sharing them. They
// are cut from one string, so keys cost no allocation each.
func (m *merger) keys(heads []draftHead) []string {
	slugIDs := map[string]int32{}
	var slugs []string                              // by slug id
	slugOf := make([]int32, len(m.names.spellings)) // by spelling id: 1 + slug id, 0 until needed
	slug := func(id int32) int32 {
		if slugOf[id] == 0 {
			s := keySlug(m.names.spellings[id])
			sid, ok := slugIDs[s]
			if !ok {
				sid = int32(len(slugs))
				slugIDs[s] = sid
				slugs = append(slugs, s)
			}
			slugOf[id] = sid + 1
		}
		return slugOf[id] - 1
	}
	dayOf := map[time.Time]int32{} // distinct Date values, few
	dayIDs := map[string]int32{}
	var days []string // by day id
	n := len(heads)
	day, gov, place, side := make([]uint32, n), make([]uint32, n), make([]uint32, n), make([]uint32, n)
	for d, h := range heads {
		id, ok := dayOf[h.date.Time]
		if !ok {
			s := h.date.String()
			if id, ok = dayIDs[s]; !ok {
				id = int32(len(days))
				dayIDs[s] = id
				days = append(days, s)
			}
			dayOf[h.date.Time] = id
		}
		day[d], gov[d], place[d], side[d] = uint32(id), uint32(slug(h.gov)), uint32(slug(h.place)), uint32(h.side)
	}
	// Drafts sharing day, governorate, place and side, in creation order.
	nth := make([]int32, n)
	order := m.radix.order(n, day, gov, place, side)
	for i, d := range order {
		nth[d] = 1
		if i > 0 {
			if p := order[i-1]; day[p] == day[d] && gov[p] == gov[d] && place[p] == place[d] && side[p] == side[d] {
				nth[d] = nth[p] + 1
			}
		}
	}
	var b strings.Builder
	ends := make([]int, len(heads))
	b.Grow(n * 48)
	for d := range n {
		b.WriteString(days[day[d]])
		b.WriteByte('/')
		b.WriteString(slugs[gov[d]])
		b.WriteByte('/')
		b.WriteString(slugs[place[d]])
		b.WriteByte('/')
		b.WriteString(m.names.spellings[side[d]])
		if nth[d] > 1 {
			b.WriteByte('~')
			b.WriteString(strconv.Itoa(int(nth[d])))
		}
		ends[d] = b.Len()
	}
	all := b.String()
	keys := make([]string, len(heads))
	start := 0
	for d, end := range ends {
		keys[d] = all[start:end]
		start = end
	}
	return keys
}

// source is entry j's source.
func (m *merger) source(j int32) IncidentSource {
	e := &m.entries[j]
	g, c := &m.groups[e.group], m.figs[e.fig].c
	// Full slice expressions: an append by a caller never reaches the next group's.
	return IncidentSource{
		Outlet: g.outlet, Title: g.title,
		Links: m.links[g.linkStart:g.linkEnd:g.linkEnd], Copies: m.copies[g.copyStart:g.copyEnd:g.copyEnd],
		Published: g.published, ArticleID: g.id,
		Source: c.Source, Kind: c.Kind, Figure: Figure{Count: c.Count, High: c.High, Qualifier: c.Qualifier},
		Civilians: c.Civilians, Label: c.Label, Evidence: c.Evidence, Role: roles[e.role],
	}
}
