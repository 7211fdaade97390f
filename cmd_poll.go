package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/feeds"
)

// cmdPoll polls every feed once and prints the new relevant reports and a
// status line per feed. Failing feeds are part of the output, not an error:
// only a bad configuration or store fails the command.
func cmdPoll(ctx context.Context, args []string, e env) (err error) {
	fs := newFlags("poll", e)
	config := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	a, _, err := startApp(ctx, e, *config, slog.LevelError)
	if err != nil {
		return err
	}
	defer closeApp(a, &err)

	results := a.poller(nil, nil).PollAll(ctx)
	if n, err := printReports(e.stdout, results); err != nil {
		return fmt.Errorf("poll: %w", err)
	} else if n == 0 {
		fmt.Fprintln(e.stdout, "No new reports.")
	}
	fmt.Fprintln(e.stdout)
	if err := printStatuses(e.stdout, results); err != nil {
		return fmt.Errorf("poll: %w", err)
	}
	return nil
}

// newReport is a new relevant item and the feed it came from.
type newReport struct {
	feed string
	item feeds.Item
}

// printReports writes one line per new relevant report, oldest first, and
// returns how many it wrote.
func printReports(w io.Writer, results []feeds.Result) (int, error) {
	var reports []newReport
	for _, r := range results {
		for _, it := range relevant(r) {
			reports = append(reports, newReport{feed: r.Feed.Name, item: it})
		}
	}
	if len(reports) == 0 {
		return 0, nil
	}
	slices.SortStableFunc(reports, func(a, b newReport) int { return a.item.Published.Compare(b.item.Published) })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tOUTLET\tKILLED\tWOUNDED\tGOVERNORATES\tTITLE")
	for _, r := range reports {
		rep := r.item.Report
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", timeText(r.item.Published), cell(r.feed),
			countText(rep.Killed), countText(rep.Wounded),
			cmp.Or(strings.Join(rep.Governorates(), ", "), "-"), cell(r.item.Title))
	}
	return len(reports), tw.Flush()
}

// printStatuses writes a table of what each feed's poll did.
func printStatuses(w io.Writer, results []feeds.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tSTATUS\tNEW REPORTS\tDETAIL")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", cell(r.Feed.Name), strings.ReplaceAll(string(r.Status), "_", " "),
			len(relevant(r)), cell(statusDetail(r)))
	}
	return tw.Flush()
}

// relevant returns the result's new items that carry a relevant report.
func relevant(r feeds.Result) []feeds.Item {
	var out []feeds.Item
	for _, it := range r.New {
		if it.Report != nil && it.Report.Relevant {
			out = append(out, it)
		}
	}
	return out
}

// statusDetail is the reason behind a status: the error, or when a backing
// off feed is tried again.
func statusDetail(r feeds.Result) string {
	switch r.Status {
	case feeds.StatusError:
		return r.Err.Error()
	case feeds.StatusBackoff:
		return fmt.Sprintf("retry at %s (failed polls in a row: %d); last error: %s",
			timeText(r.State.NextAttempt), r.State.Failures, r.State.LastError)
	}
	return r.Duration.Round(time.Millisecond).String()
}

// countText shows a report's total; "?" when it reports casualties without
// an exact figure.
func countText(n *int) string {
	if n == nil {
		return "?"
	}
	return strconv.Itoa(*n)
}

// cell keeps a feed's text from breaking the table: tabs and line breaks
// become spaces.
func cell(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
