package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
	"time"
)

// trackingParams are query keys that only say where a reader came from, so
// two links that differ in them are the same article.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true, "mc_cid": true,
	"mc_eid": true, "_ga": true, "_gl": true, "ocid": true, "cmpid": true,
	"at_medium": true, "at_campaign": true, "at_ptr_name": true, "at_link_origin": true,
}

// NormalizeLink returns the form of an article link used for its identity:
// scheme and host lower-cased, default port, fragment and tracking
// parameters (utm_*, fbclid, gclid, …) dropped, and the query sorted. A link
// that is not an absolute URL is returned trimmed.
func NormalizeLink(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = strings.TrimSuffix(u.Host, ":"+port)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	u.Fragment, u.RawFragment = "", ""
	u.ForceQuery = false
	u.RawQuery = cleanQuery(u.RawQuery)
	return u.String()
}

// cleanQuery drops tracking parameters and sorts the rest. It works on the
// raw pairs so that the escaping of what is kept never changes.
func cleanQuery(q string) string {
	var kept []string
	for pair := range strings.SplitSeq(q, "&") {
		if pair == "" {
			continue
		}
		key, _, _ := strings.Cut(pair, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		key = strings.ToLower(key)
		if strings.HasPrefix(key, "utm_") || trackingParams[key] {
			continue
		}
		kept = append(kept, pair)
	}
	slices.Sort(kept)
	return strings.Join(kept, "&")
}

// itemHash is an item's identity: the GUID, else the normalised link, else
// the title and date (else the text). It is never a date alone, so an item
// re-dated by its feed is still the same item.
func itemHash(guid, link, title string, published time.Time, text string) string {
	var key string
	switch {
	case strings.TrimSpace(guid) != "":
		key = "guid\x00" + strings.TrimSpace(guid)
	case strings.TrimSpace(link) != "":
		key = "link\x00" + NormalizeLink(link)
	case strings.TrimSpace(title) != "" || !published.IsZero():
		key = "title\x00" + strings.TrimSpace(title) + "\x00" + dateKey(published)
	default:
		key = "text\x00" + text
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

func dateKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
