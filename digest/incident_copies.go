package digest

import (
	"cmp"
	"slices"
)

// copyGroup is an article and its syndicated copies (near-duplicate
// fingerprints): one report, every link.
type copyGroup struct {
	rep    *Article // the latest copy, whose report (with any updated toll) stands for all
	rank   int      // rep's place in the canonical order of articles
	links  []string // every distinct link, rep's first
	copies []Copy   // rep first, then the others in canonical order
}

// Copy is one outlet's run of a story.
type Copy struct {
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Link   string `json:"link"`
}

// compareArticles is the canonical order of articles: published, link, outlet,
// title, ID. Everything but the ID is the article's own content, so arrival
// order never decides.
func compareArticles(a, b *Article) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	if c := cmpStrings(a.Link, b.Link, a.Feed, b.Feed, a.Title, b.Title); c != 0 {
		return c
	}
	switch {
	case a.ID < b.ID:
		return -1
	case a.ID > b.ID:
		return 1
	}
	return 0
}

// copyBucket holds articles that could be copies of each other: they give a
// figure for the same side and place on the same day. Comparing fingerprints
// only within buckets (and with the next day's) keeps the work linear in the
// number of articles for a bounded number per place and day.
type copyBucket struct {
	side       Side
	gov, place string
	day        int64
}

// groupCopies returns the relevant articles with casualty figures, their
// near-duplicates collapsed, in canonical order of their representatives.
func groupCopies(articles []Article, fold foldCache) []*copyGroup {
	var arts []*Article
	for i := range articles {
		if a := &articles[i]; a.Report.Relevant && len(a.Report.Casualties) > 0 {
			arts = append(arts, a)
		}
	}
	// Sort on the publication instant first, without following pointers.
	refs := make([]articleRef, len(arts))
	for i, a := range arts {
		refs[i] = articleRef{a.Published.UnixNano(), a}
	}
	slices.SortFunc(refs, func(x, y articleRef) int {
		if x.pub != y.pub {
			return cmp.Compare(x.pub, y.pub)
		}
		return compareArticles(x.a, y.a)
	})
	for i := range refs {
		arts[i] = refs[i].a
	}

	buckets := map[copyBucket][]int{}
	for i, a := range arts {
		for _, c := range a.Report.Casualties {
			d := c.Date
			if d.IsZero() {
				d = DateOf(a.Published)
			}
			k := copyBucket{c.Side, fold.name(c.Governorate), fold.name(c.Place), d.Unix() / 86400}
			if b := buckets[k]; len(b) == 0 || b[len(b)-1] != i {
				buckets[k] = append(b, i)
			}
		}
	}
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		if ri, rj := find(i), find(j); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}
	for k, b := range buckets {
		next := k
		next.day++
		later := buckets[next]
		for x, i := range b {
			for _, j := range b[x+1:] {
				if NearDuplicate(arts[i].Fingerprint, arts[j].Fingerprint) {
					union(i, j)
				}
			}
			for _, j := range later {
				if i != j && NearDuplicate(arts[i].Fingerprint, arts[j].Fingerprint) {
					union(i, j)
				}
			}
		}
	}

	members := make([][]int, len(arts))
	for i := range arts {
		r := find(i)
		members[r] = append(members[r], i)
	}
	groups := make([]*copyGroup, 0, len(arts))
	for _, m := range members {
		if len(m) > 0 {
			groups = append(groups, newCopyGroup(arts, m))
		}
	}
	slices.SortFunc(groups, func(a, b *copyGroup) int { return a.rank - b.rank })
	return groups
}

type articleRef struct {
	pub int64
	a   *Article
}

// newCopyGroup collapses the copies arts[i] for i in members, which are in
// canonical order.
func newCopyGroup(arts []*Article, members []int) *copyGroup {
	rank := members[0]
	for _, i := range members[1:] {
		if arts[i].Published.After(arts[rank].Published) {
			rank = i
		}
	}
	rep := arts[rank]
	g := &copyGroup{rep: rep, rank: rank, links: []string{}, copies: []Copy{{Outlet: rep.Feed, Title: rep.Title, Link: rep.Link}}}
	if rep.Link != "" {
		g.links = append(g.links, rep.Link)
	}
	for _, i := range members {
		a := arts[i]
		if a == rep {
			continue
		}
		g.copies = append(g.copies, Copy{Outlet: a.Feed, Title: a.Title, Link: a.Link})
		if a.Link != "" && !slices.Contains(g.links, a.Link) {
			g.links = append(g.links, a.Link)
		}
	}
	return g
}
