package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// tokenPrefix marks the server's tokens, so that one pasted into a chat or
// committed to a repository is recognisable (and scannable) as a secret.
const tokenPrefix = "hvs_"

// newToken returns a fresh random token and the SHA-256 hash the database
// keeps. The token itself is shown once and never stored.
func newToken() (string, []byte) {
	var b [32]byte
	rand.Read(b[:]) // never fails (crypto/rand's documented contract since Go 1.24)
	tok := tokenPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	return tok, hashToken(tok)
}

// hashToken returns the SHA-256 of a token. A plain hash is enough: tokens
// are 256 random bits, so there is nothing to guess that a slow hash would
// protect.
func hashToken(tok string) []byte {
	h := sha256.Sum256([]byte(tok))
	return h[:]
}

// errUnauthorized is a missing, unknown or revoked token.
var errUnauthorized = errors.New("missing or invalid token")

// authenticate finds the token of a request: "Authorization: Bearer hvs_…",
// or the dashboard's cookie. The lookup is by hash, and the stored hash is
// compared again in constant time, so neither the index nor the comparison
// tells an attacker how much of a guess was right.
func (s *server) authenticate(r *http.Request) (token, error) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		if c, err := r.Cookie(cookieName); err == nil {
			tok = c.Value
		}
	}
	if tok == "" || len(tok) > 200 {
		return token{}, errUnauthorized
	}
	h := hashToken(tok)
	t, err := s.db.tokenByHash(r.Context(), h)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && subtle.ConstantTimeCompare(t.Hash, h) != 1 {
		return token{}, errUnauthorized
	}
	return t, err
}

// cookieName is the dashboard's cookie holding a token.
const cookieName = "hocvuso_token"

// limiter limits failed authentications per client address: after Burst
// failures, one more is allowed every Every; a client over the limit gets
// 429 before its token is even looked at. Successful requests are not
// limited. The zero limiter is not usable; see newLimiter.
type limiter struct {
	burst int
	every time.Duration
	now   func() time.Time

	mu      sync.Mutex
	clients map[string]*bucket
}

type bucket struct {
	failures float64 // failures not yet forgiven
	at       time.Time
}

func newLimiter(burst int, every time.Duration) *limiter {
	return &limiter{burst: burst, every: every, now: time.Now, clients: map[string]*bucket{}}
}

// allowed reports whether the client may try to authenticate.
func (l *limiter) allowed(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.settle(client)
	return b == nil || b.failures < float64(l.burst)
}

// failed counts a failed authentication of the client.
func (l *limiter) failed(client string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.settle(client)
	if b == nil {
		if len(l.clients) > 100_000 { // bounded memory under a spray of addresses
			clear(l.clients)
		}
		b = &bucket{at: l.now()}
		l.clients[client] = b
	}
	b.failures++
}

// settle forgives the failures older than the rate allows; l.mu is held.
func (l *limiter) settle(client string) *bucket {
	b := l.clients[client]
	if b == nil {
		return nil
	}
	now := l.now()
	b.failures -= float64(now.Sub(b.at)) / float64(l.every)
	b.at = now
	if b.failures <= 0 {
		delete(l.clients, client)
		return nil
	}
	return b
}

// clientOf returns the address failures are counted by: the peer's IP.
// Behind a reverse proxy, put the limit there or trust its header here.
func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type ctxKey struct{}

// withToken puts the request's token in its context.
func withToken(ctx context.Context, t token) context.Context {
	return context.WithValue(ctx, ctxKey{}, t)
}

func tokenOf(ctx context.Context) token { t, _ := ctx.Value(ctxKey{}).(token); return t }
