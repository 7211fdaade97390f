package bot

import (
	"net/http"
	"net/url"
	"strings"
)

// discordHost is where discordgo's endpoint constants point.
const discordHost = "discord.com"

// rebase is an http.RoundTripper that sends requests for https://discord.com
// to another base (a REST proxy, or a fake API in tests). discordgo's
// endpoints are package globals; rewriting here leaves them alone.
type rebase struct {
	base *url.URL // scheme, host and an optional path prefix
	next http.RoundTripper
}

func newRebase(base string, next http.RoundTripper) (*rebase, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return &rebase{base: u, next: next}, nil
}

func (t *rebase) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost || (t.base.Host == discordHost && t.base.Path == "") {
		return t.next.RoundTrip(req)
	}
	// RoundTrippers must not modify the caller's request.
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = t.base.Path + req.URL.Path
	if req.URL.RawPath != "" {
		r.URL.RawPath = t.base.Path + req.URL.RawPath
	}
	r.Host = ""
	return t.next.RoundTrip(r)
}
