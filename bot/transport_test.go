package bot

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRebaseSendsDiscordRequestsToTheBase(t *testing.T) {
	t.Parallel()
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.Path+"?"+r.URL.RawQuery)
	}))
	defer srv.Close()
	tests := []struct {
		base, url, want string
	}{
		{srv.URL, "https://discord.com/api/v9/gateway", "/api/v9/gateway?"},
		{srv.URL + "/proxy/", "https://discord.com/api/v9/channels/1/messages?limit=2", "/proxy/api/v9/channels/1/messages?limit=2"},
	}
	for _, tc := range tests {
		rt, err := newRebase(tc.base, http.DefaultTransport)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, tc.url, nil)
		res, err := (&http.Client{Transport: rt}).Do(req)
		if err != nil {
			t.Fatalf("GET %s via %s: %v", tc.url, tc.base, err)
		}
		res.Body.Close()
		if req.URL.Host != "discord.com" {
			t.Errorf("RoundTrip modified the caller's request: %s", req.URL)
		}
		if last := got[len(got)-1]; last != tc.want {
			t.Errorf("GET %s via %s reached %s, want %s", tc.url, tc.base, last, tc.want)
		}
	}
}
