package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

// Parse reads a feed (RSS 0.9x/2.0, RSS 1.0, Atom or JSON Feed) into items,
// in feed order, with duplicates of one identity dropped (the first is kept).
// baseURL resolves relative item links. Reports and fingerprints are left
// for the poller. Every error wraps a "not a readable feed" error.
func Parse(baseURL string, r io.Reader) ([]Item, error) {
	// Peek at the start, so that an HTML page gets a message that says so.
	head := make([]byte, 512)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("feeds: parse: %w", err)
	}
	head = head[:n]
	feed, err := gofeed.NewParser().Parse(io.MultiReader(bytes.NewReader(head), r))
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected) && looksLikeHTML(head):
		return nil, fmt.Errorf("feeds: parse: %w: got an HTML page", errParse)
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		return nil, fmt.Errorf("feeds: parse: %w: no RSS, Atom or JSON Feed root", errParse)
	case err != nil:
		return nil, fmt.Errorf("feeds: parse: %w: %w", errParse, err)
	}
	base, _ := url.Parse(baseURL) // nil when baseURL is bad: links are kept as given
	items := make([]Item, 0, len(feed.Items))
	seen := make(map[string]bool, len(feed.Items))
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		it := adaptItem(fi, base)
		if seen[it.Hash] {
			continue
		}
		seen[it.Hash] = true
		items = append(items, it)
	}
	return items, nil
}

// adaptItem turns gofeed's item into ours: the full content (RSS
// content:encoded, Atom content, JSON content_html/text) else the
// description, as plain text.
func adaptItem(fi *gofeed.Item, base *url.URL) Item {
	it := Item{
		GUID: strings.TrimSpace(fi.GUID),
		// readers and digests get the link without tracking parameters
		Link:  NormalizeLink(resolveLink(base, itemLink(fi))),
		Title: plainText(fi.Title),
	}
	switch {
	case fi.PublishedParsed != nil:
		it.Published = fi.PublishedParsed.UTC()
	case fi.UpdatedParsed != nil:
		it.Published = fi.UpdatedParsed.UTC()
	}
	it.Text = plainText(fi.Content)
	if it.Text == "" {
		it.Text = plainText(fi.Description)
	}
	it.Hash = itemHash(it.GUID, it.Link, it.Title, it.Published, it.Text)
	return it
}

func itemLink(fi *gofeed.Item) string {
	if l := strings.TrimSpace(fi.Link); l != "" {
		return l
	}
	for _, l := range fi.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func resolveLink(base *url.URL, link string) string {
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}

// looksLikeHTML reports whether a body's start is an HTML document.
func looksLikeHTML(head []byte) bool {
	s := strings.ToLower(string(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")))
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") ||
		strings.Contains(s, "<head") || strings.Contains(s, "<body")
}
