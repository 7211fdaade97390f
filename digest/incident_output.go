package digest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
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
	c, a := m.casualty(first)
	n := m.figureOf(first)
	h := draftHead{date: entryDate(c, a), side: n.side, gov: n.gov}
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

// figures merges draft d's figures into in.
func (m *merger) figures(d *incidentDraft, in *Incident, fm *figureMerge, killed, wounded []int32) ([]int32, []int32) {
	killed, wounded = killed[:0], wounded[:0]
	for j := d.head; j >= 0; j = m.entries[j].next {
		if m.entries[j].kind == 0 {
			killed = append(killed, j)
		} else {
			wounded = append(wounded, j)
		}
	}
	var civ Figure
	in.Killed, civ = m.mergeFigures(killed, fm)
	in.Wounded, _ = m.mergeFigures(wounded, fm)
	in.KilledCivilians = civ
	if in.Side == Civilians {
		in.KilledCivilians = in.Killed
	}
	return killed, wounded
}

// incidents lists the drafts' incidents with their sources and keys, sorted
// by date, governorate, place, side and key.
func (m *merger) incidents() []Incident {
	heads := make([]draftHead, len(m.drafts))
	for d := range m.drafts {
		heads[d] = m.head(&m.drafts[d])
	}
	keys := m.keys(heads)
	order := make([]incidentOrder, len(m.drafts))
	for d, h := range heads {
		order[d] = incidentOrder{sec: h.date.Unix(), nsec: int32(h.date.Nanosecond()),
			gov: m.spellRank[h.gov], place: m.spellRank[h.place], side: m.spellRank[h.side], draft: int32(d)}
	}
	slices.SortFunc(order, func(a, b incidentOrder) int {
		return cmp.Or(cmp.Compare(a.sec, b.sec), cmp.Compare(a.nsec, b.nsec), cmp.Compare(a.gov, b.gov),
			cmp.Compare(a.place, b.place), cmp.Compare(a.side, b.side), strings.Compare(keys[a.draft], keys[b.draft]))
	})

	out := make([]Incident, len(order))
	sources := make([]IncidentSource, len(m.entries))
	var fm figureMerge
	var killed, wounded []int32
	for k, o := range order {
		d, h := &m.drafts[o.draft], &heads[o.draft]
		in := &out[k]
		*in = Incident{Key: keys[o.draft], Date: h.date, Side: Side(m.names.spellings[h.side]),
			Governorate: m.names.spellings[h.gov], Place: m.names.spellings[h.place]}
		killed, wounded = m.figures(d, in, &fm, killed, wounded)
		n := len(killed) + len(wounded)
		in.Sources, sources = sources[:0:n], sources[n:]
		for _, j := range killed {
			in.Sources = append(in.Sources, m.source(j))
		}
		for _, j := range wounded { // killed before wounded; otherwise canonical order
			in.Sources = append(in.Sources, m.source(j))
		}
	}
	return out
}

// incidentOrder is the sort key of an incident: date, governorate, place,
// side (ranks of their spellings), then key.
type incidentOrder struct {
	sec                     int64
	nsec                    int32
	gov, place, side, draft int32
}

// keys are the drafts' incident keys: day, governorate, place and side, with
// a "~n" suffix for the nth incident (in creation order) sharing them. They
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
	type keyParts struct{ day, gov, place, side, draft int32 }
	parts := make([]keyParts, len(heads))
	for d, h := range heads {
		day, ok := dayOf[h.date.Time]
		if !ok {
			s := h.date.String()
			if day, ok = dayIDs[s]; !ok {
				day = int32(len(days))
				dayIDs[s] = day
				days = append(days, s)
			}
			dayOf[h.date.Time] = day
		}
		parts[d] = keyParts{day, slug(h.gov), slug(h.place), h.side, int32(d)}
	}
	sorted := slices.Clone(parts)
	slices.SortFunc(sorted, func(a, b keyParts) int {
		return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.gov, b.gov), cmp.Compare(a.place, b.place),
			cmp.Compare(a.side, b.side), cmp.Compare(a.draft, b.draft))
	})
	nth := make([]int32, len(heads))
	for i, p := range sorted {
		nth[p.draft] = 1
		if i > 0 {
			if q := sorted[i-1]; q.day == p.day && q.gov == p.gov && q.place == p.place && q.side == p.side {
				nth[p.draft] = nth[q.draft] + 1
			}
		}
	}
	var b strings.Builder
	ends := make([]int, len(heads))
	for d, p := range parts {
		b.WriteString(days[p.day])
		b.WriteByte('/')
		b.WriteString(slugs[p.gov])
		b.WriteByte('/')
		b.WriteString(slugs[p.place])
		b.WriteByte('/')
		b.WriteString(m.names.spellings[p.side])
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
	g := &m.groups[e.group]
	c, a := m.casualty(e)
	return IncidentSource{
		Outlet: a.Feed, Title: a.Title, Links: g.links, Copies: g.copies,
		Published: a.Published, ArticleID: a.ID,
		Source: c.Source, Kind: c.Kind, Figure: Figure{Count: c.Count, High: c.High, Qualifier: c.Qualifier},
		Civilians: c.Civilians, Label: c.Label, Evidence: c.Evidence, Role: roles[e.role],
	}
}
