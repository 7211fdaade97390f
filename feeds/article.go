package feeds

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"
)

// shortText is the length (in characters) under which an item of a
// FetchFull feed is taken to be a teaser and its article page is fetched.
const shortText = 600

// isShort reports whether an item's text is a teaser rather than the article.
func isShort(text string) bool {
	return utf8.RuneCountInString(text) < shortText
}

// articleText fetches an article page through the fetcher (same caps and
// timeouts) and returns its main text.
func (f *fetcher) articleText(ctx context.Context, link string) (string, error) {
	if link == "" {
		return "", fmt.Errorf("feeds: article: item has no link")
	}
	resp, err := f.fetch(ctx, link, validators{})
	if err != nil {
		return "", err
	}
	body, err := charset.NewReader(bytes.NewReader(resp.Body), resp.ContentType)
	if err != nil {
		return "", fmt.Errorf("feeds: article %s: charset: %w", link, err)
	}
	page, err := url.Parse(resp.URL)
	if err != nil {
		return "", fmt.Errorf("feeds: article %s: %w", link, err)
	}
	art, err := readability.FromReader(body, page)
	if err != nil {
		return "", fmt.Errorf("feeds: article %s: readability: %w", link, err)
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return "", fmt.Errorf("feeds: article %s: no main text: %w", link, err)
	}
	text := strings.TrimSpace(sb.String())
	if text == "" {
		return "", fmt.Errorf("feeds: article %s: no main text", link)
	}
	return text, nil
}
