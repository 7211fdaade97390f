package feeds

import "time"

// backoff is how long a feed waits after its n-th consecutive failure: its
// interval, doubled for each failure after the first, with jitter, capped
// at ceiling — but never less than the server's Retry-After.
func backoff(failures int, interval, ceiling, retryAfter time.Duration, jitter func(time.Duration) time.Duration) time.Duration {
	d := interval
	for i := 1; i < failures && d < ceiling; i++ {
		d *= 2
	}
	d = min(jitter(d), ceiling)
	return max(d, retryAfter)
}
