package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

func (h *Handler) sources(ctx context.Context) (Response, error) {
	feeds, err := h.deps.Store.FeedStatuses(ctx)
	if err != nil {
		return Response{}, fmt.Errorf("bot: feed statuses: %w", err)
	}
	resp := Response{Title: "Sources"}
	if len(feeds) == 0 {
		resp.Body = "No feed has been polled yet."
		return resp, nil
	}
	healthy := 0
	for _, f := range feeds {
		it := Item{Title: f.Name, URL: f.URL}
		state := "healthy"
		if f.Failures > 0 {
			state = fmt.Sprintf("failing (%d in a row): %s", f.Failures, digest.Truncate(f.LastError, 120))
		} else {
			healthy++
		}
		it.Lines = append(it.Lines,
			fmt.Sprintf("%s · last success %s", state, stamp(f.LastSuccess)),
			fmt.Sprintf("%d relevant reports of %d items", f.Reports, f.Items))
		resp.Items = append(resp.Items, it)
	}
	resp.Body = fmt.Sprintf("%d feeds, %d healthy.", len(feeds), healthy)
	return resp, nil
}

// stamp shows a time in UTC to the minute, or "never".
func stamp(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func about() Response {
	return Response{
		Title: "About sitrep",
		Body: "sitrep reads news feeds about the war in Syria, extracts casualty figures from each report, " +
			"merges the reports of one incident, and posts a daily digest.",
		Items: []Item{
			{Title: "How it counts", Lines: []string{
				"• Each incident (same place, day and victims) counts once, however many outlets report it.",
				"• Where sources disagree it counts the lowest figure and shows the range.",
				"• \"About 30\" counts as 30; \"dozens\" is listed but adds nothing to totals.",
				"• Subsets (\"including five children\") are never added; updated tolls replace older ones.",
				"• War-wide and long-span totals, and past incidents recalled for context, are never added.",
				"• Sides: civilians, government, opposition, Islamic State, Kurdish forces, foreign troops, unknown.",
			}},
			{Title: "Commands", Lines: []string{
				"/latest, /casualties, /digest, /where, /sources, /about; " +
					"with Manage Channels: /subscribe, /unsubscribe; /subscriptions lists them.",
			}},
			{Title: "Data credits", Lines: []string{
				"Places: GeoNames (geonames.org), CC BY 4.0.",
				"Counting practice after UCDP (ucdp.uu.se), CC BY 4.0.",
				"Figures are as reported by the outlets linked with each report; they are not verified.",
			}},
		},
	}
}
