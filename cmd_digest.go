package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// digestFormats are the renderings the digest command offers.
var digestFormats = []string{"text", "markdown", "json", "discord"}

// cmdDigest prints the digest of the stored reports of the last --since,
// compared with the window of the same length before it.
func cmdDigest(ctx context.Context, args []string, e env) (err error) {
	fs := newFlags("digest", e)
	config := configFlag(fs)
	since := fs.Duration("since", 0, "how far back the digest looks (default: digest.window, 24h)")
	format := fs.String("format", "text", "output `format`: "+strings.Join(digestFormats, ", "))
	governorate := fs.String("governorate", "", "only incidents in this governorate, e.g. Idlib")
	place := fs.String("place", "", "only incidents at this place, e.g. Douma")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Errorf("digest: unexpected arguments %q", fs.Args())}
	case !slices.Contains(digestFormats, *format):
		return usageError{fmt.Errorf("digest: --format %q: want one of %s", *format, strings.Join(digestFormats, ", "))}
	case *since < 0:
		return usageError{fmt.Errorf("digest: --since %s: want a positive duration", *since)}
	}
	a, _, err := startApp(ctx, e, *config, slog.LevelError)
	if err != nil {
		return err
	}
	defer closeApp(a, &err)

	window := *since
	if window == 0 {
		window = a.cfg.Digest.Window
	}
	now := time.Now().UTC()
	d, err := a.digest(ctx, digest.Window{From: now.Add(-window), To: now}, digest.Filter{Governorate: *governorate, Place: *place})
	if err != nil {
		return err
	}
	out, err := renderDigest(d, *format)
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(out)
	return err
}

// renderDigest renders d in one of digestFormats. The discord format is the
// JSON array of the message bodies the bot would POST.
func renderDigest(d digest.Digest, format string) ([]byte, error) {
	switch format {
	case "text":
		return []byte(d.Text()), nil
	case "markdown":
		return []byte(d.Markdown()), nil
	case "json":
		return d.JSON()
	case "discord":
		out, err := json.MarshalIndent(d.Discord(), "", "  ")
		if err != nil {
			return nil, fmt.Errorf("digest: render discord: %w", err)
		}
		return append(out, '\n'), nil
	}
	return nil, fmt.Errorf("digest: unknown format %q", format)
}
