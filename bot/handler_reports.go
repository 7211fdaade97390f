package bot

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// /latest bounds: 10 reports fit one embed with room for their lines.
const (
	defaultLatest = 5
	maxLatest     = 10
)

// wherePeriod is how far back /where looks.
const wherePeriod = 30 * 24 * time.Hour

// maxListed is how many incidents an interactive answer lists; totals still cover all.
const maxListed = 15

type latestQuery struct {
	Count       int
	Governorate string
}

func (h *Handler) latest(ctx context.Context, q latestQuery) (Response, error) {
	if q.Count < 1 || q.Count > maxLatest {
		return Response{}, userErrorf("count must be between 1 and %d.", maxLatest)
	}
	gov, err := checkGovernorate(q.Governorate)
	if err != nil {
		return Response{}, err
	}
	articles, err := h.deps.Store.LatestArticles(ctx, q.Count, gov)
	if err != nil {
		return Response{}, fmt.Errorf("bot: latest articles: %w", err)
	}
	resp := Response{Title: "Latest reports" + inText(gov)}
	if len(articles) == 0 {
		resp.Body = "No relevant reports stored yet" + inText(gov) + ". Try /sources to see whether the feeds are being read."
	}
	for _, a := range articles {
		resp.Items = append(resp.Items, articleItem(a))
	}
	return resp, nil
}

type casualtiesQuery struct {
	Period      time.Duration
	Governorate string
	Place       string
}

func (h *Handler) casualties(ctx context.Context, q casualtiesQuery) (Response, error) {
	f := digest.Filter{Place: q.Place}
	var err error
	if f.Governorate, err = checkGovernorate(q.Governorate); err != nil {
		return Response{}, err
	}
	if f.Place != "" {
		p, ok := h.deps.Gazetteer.Lookup(f.Place)
		if !ok {
			return Response{}, userErrorf("No place called %q in the gazetteer. Pick one of the suggestions as you type.", f.Place)
		}
		f.Place = p.Name
	}
	d, err := h.digest(ctx, window(h.deps.now(), q.Period), f)
	if err != nil {
		return Response{}, err
	}
	d = d.Top(maxListed)
	return Response{Digest: &d}, nil
}

func (h *Handler) digestNow(ctx context.Context, period time.Duration) (Response, error) {
	d, err := h.digest(ctx, window(h.deps.now(), period), digest.Filter{})
	if err != nil {
		return Response{}, err
	}
	return Response{Digest: &d}, nil
}

func (h *Handler) where(ctx context.Context, name string) (Response, error) {
	if name == "" {
		return Response{}, userErrorf("Name a place, e.g. /where place: Douma.")
	}
	p, ok := h.deps.Gazetteer.Lookup(name)
	if !ok {
		return Response{}, userErrorf("No place called %q in the gazetteer. Pick one of the suggestions as you type.", name)
	}
	// Only the window itself: /where shows no comparison with the month before.
	w := window(h.deps.now(), wherePeriod)
	articles, err := h.articles(ctx, w.From, w.To)
	if err != nil {
		return Response{}, err
	}
	d := digestOf(articles, w, digest.Filter{Place: p.Name}, h.deps.Gazetteer)
	where := p.Name
	if p.Governorate != "" && !strings.EqualFold(p.Name, p.Governorate) {
		where += ", " + p.Governorate
	}
	resp := Response{Title: "Incidents at " + where + ", last 30 days"}
	incidents := append(d.Incidents, d.Vague...)
	if len(incidents) == 0 {
		resp.Body = "No incidents reported there in the last 30 days."
		return resp, nil
	}
	noun := "incidents"
	if len(incidents) == 1 {
		noun = "incident"
	}
	resp.Body = fmt.Sprintf("%d %s: %d killed (%d civilians), %d wounded.",
		len(incidents), noun, d.Totals.Killed, d.Totals.KilledCivilians, d.Totals.Wounded)
	for _, in := range incidents[:min(len(incidents), maxListed)] {
		resp.Items = append(resp.Items, incidentItem(in))
	}
	return resp, nil
}

// window is the period up to now.
func window(now time.Time, period time.Duration) digest.Window {
	return digest.Window{From: now.Add(-period), To: now}
}

// digest builds the digest of w, with the window before it for comparison.
func (h *Handler) digest(ctx context.Context, w digest.Window, f digest.Filter) (digest.Digest, error) {
	articles, err := h.articles(ctx, w.Previous().From, w.To)
	if err != nil {
		return digest.Digest{}, err
	}
	return digestOf(articles, w, f, h.deps.Gazetteer), nil
}

// articles returns the articles of [from, to) or a few seconds more: reads
// are rounded out to whole minutes so that requests in the same minute
// share one (digest.Build ignores articles outside its windows).
func (h *Handler) articles(ctx context.Context, from, to time.Time) ([]digest.Article, error) {
	from, to = from.Truncate(time.Minute), to.Truncate(time.Minute).Add(time.Minute)
	key := from.UTC().Format(time.RFC3339) + " " + to.UTC().Format(time.RFC3339)
	return h.reads.do(key, h.deps.now(), func() ([]digest.Article, error) {
		a, err := h.deps.Store.Articles(ctx, from, to)
		if err != nil {
			return nil, fmt.Errorf("bot: articles %s: %w", key, err)
		}
		return a, nil
	})
}

// buildDigest builds the digest of w from the store: what the scheduler posts.
func buildDigest(ctx context.Context, r Reports, w digest.Window, f digest.Filter, g Gazetteer) (digest.Digest, error) {
	prev := w.Previous()
	articles, err := r.Articles(ctx, prev.From, w.To)
	if err != nil {
		return digest.Digest{}, fmt.Errorf("bot: articles %s to %s: %w", prev.From.Format(time.RFC3339), w.To.Format(time.RFC3339), err)
	}
	return digestOf(articles, w, f, g), nil
}

// digestOf builds the digest of w from articles (oldest first; a superset of
// w and the window before it is fine). Only articles with a figure that can
// pass the filter are merged: merging incidents costs far more than this
// scan. A figure whose place is a spelling variant of the filter's place is
// renamed to it (in a copy), so that the digest's filter matches it.
func digestOf(articles []digest.Article, w digest.Window, f digest.Filter, g Gazetteer) digest.Digest {
	if f.Governorate != "" || f.Place != "" {
		resolved := map[string]bool{} // casualty place → is f.Place
		isPlace := func(name string) bool {
			is, ok := resolved[name]
			if !ok {
				p, found := g.Lookup(name)
				is = strings.EqualFold(name, f.Place) || found && p.Name == f.Place
				resolved[name] = is
			}
			return is
		}
		var kept []digest.Article
		for _, a := range articles {
			keep := false
			var renamed []digest.Casualty
			for i, c := range a.Report.Casualties {
				if f.Governorate != "" && !strings.EqualFold(c.Governorate, f.Governorate) {
					continue
				}
				if f.Place == "" {
					keep = true
					continue
				}
				if isPlace(c.Place) {
					keep = true
					if c.Place != f.Place {
						if renamed == nil {
							renamed = slices.Clone(a.Report.Casualties)
						}
						renamed[i].Place = f.Place
					}
				}
			}
			if keep {
				if renamed != nil {
					a.Report.Casualties = renamed
				}
				kept = append(kept, a)
			}
		}
		articles = kept
	}
	previous, current := splitAt(articles, w.From)
	return digest.Build(current, previous, w, f)
}

// splitAt splits articles (oldest first) into those published before t and the rest.
func splitAt(articles []digest.Article, t time.Time) (before, after []digest.Article) {
	for i, a := range articles {
		if !a.Published.Before(t) {
			return articles[:i], articles[i:]
		}
	}
	return articles, nil
}

func inText(governorate string) string {
	if governorate == "" {
		return ""
	}
	return " in " + governorate
}

// articleItem is a report as /latest lists it.
func articleItem(a digest.Article) Item {
	it := Item{Title: a.Title, URL: a.Link}
	it.Lines = append(it.Lines, a.Feed+" · "+stamp(a.Published))
	r := a.Report
	var figs []string
	if r.Killed != nil {
		s := strconv.Itoa(*r.Killed) + " killed"
		if r.KilledCivilians != nil && *r.KilledCivilians > 0 {
			s += fmt.Sprintf(" (%d civilians)", *r.KilledCivilians)
		}
		figs = append(figs, s)
	}
	if r.Wounded != nil {
		figs = append(figs, strconv.Itoa(*r.Wounded)+" wounded")
	}
	if len(figs) == 0 {
		figs = append(figs, "no exact figures")
	}
	places := make([]string, 0, len(r.Places))
	for _, p := range r.Places {
		places = append(places, p.Name)
	}
	if len(places) > 0 {
		figs = append(figs, strings.Join(places, ", "))
	}
	it.Lines = append(it.Lines, strings.Join(figs, " · "))
	if r.Summary != "" {
		it.Lines = append(it.Lines, digest.Truncate(r.Summary, 280))
	}
	return it
}

// incidentItem is an incident as /where and alerts show it: where, when,
// who, the figures, and each outlet with its link.
func incidentItem(in digest.Incident) Item {
	where := in.Place
	if in.Governorate != "" && !strings.EqualFold(in.Place, in.Governorate) {
		where = strings.TrimPrefix(where+", "+in.Governorate, ", ")
	}
	if where == "" {
		where = "Place unknown"
	}
	it := Item{Title: fmt.Sprintf("%s · %s · %s", where, in.Date, strings.ReplaceAll(string(in.Side), "_", " "))}
	var figs []string
	if in.Killed.Reported() {
		figs = append(figs, "killed "+figureText(in.Killed))
	}
	if in.Wounded.Reported() {
		figs = append(figs, "wounded "+figureText(in.Wounded))
	}
	it.Lines = append(it.Lines, strings.Join(figs, ", "))
	for i, s := range in.Sources {
		if i == 3 {
			it.Lines = append(it.Lines, fmt.Sprintf("and %d more sources", len(in.Sources)-3))
			break
		}
		line := s.Outlet + ": " + s.Title
		if s.Source != "" {
			line += " (per " + s.Source + ")"
		}
		it.Lines = append(it.Lines, line)
	}
	if len(in.Sources) > 0 && len(in.Sources[0].Links) > 0 {
		it.URL = in.Sources[0].Links[0]
	}
	return it
}

// figureText says a figure as a reader would: "12", "at least 12", "5–15".
func figureText(f digest.Figure) string {
	n := strconv.Itoa(f.Count)
	switch f.Qualifier {
	case digest.AtLeast:
		return "at least " + n
	case digest.MoreThan:
		return "more than " + n
	case digest.Approximate:
		return "about " + n
	case digest.Range:
		if f.High != nil {
			return n + "–" + strconv.Itoa(*f.High)
		}
	case digest.Vague:
		return "an unstated number"
	}
	return n
}
