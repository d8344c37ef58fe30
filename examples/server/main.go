// Command server is a province's campaign tracker over HTTP and PostgreSQL:
// the JSON API that communes and districts send records, rosters and weekly
// reports to, and the dashboard that shows each unit's progress against
// its targets. See README.md.
//
//	server -dsn postgres://localhost/hocvuso -addr :8080
//	server -dsn … token -unit tinh_doan@pre-2025:74 -name "Văn phòng Tỉnh đoàn" -by "Nguyễn Văn An (CNTT)"
//	server -dsn … tokens -unit huyen_doan@pre-2025:725
//	server -dsn … revoke -id 7 -by "Nguyễn Văn An (CNTT)"
//
// The token commands are for whoever holds the database: they make the
// first token, and revoke any token, the province's included, when no
// token is left to do it over the API. Each is audited under the name
// given with -by.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dsn := fs.String("dsn", os.Getenv("DATABASE_URL"), "PostgreSQL connection string (default $DATABASE_URL)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	secretEnv := fs.String("secret-env", "HOCVUSO_SECRET", "environment variable holding the key of subject pseudonyms")
	date := fs.String("date", "", "report day when a request names none (default: today in Vietnam)")
	grace := fs.Duration("grace", 30*time.Second, "time allowed for requests in flight on SIGTERM")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dsn == "" {
		return errors.New("no database: give -dsn or set DATABASE_URL")
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.close()
	w, err := buildWorld()
	if err != nil {
		return err
	}
	switch fs.Arg(0) {
	case "token":
		return makeToken(ctx, db, w, fs.Args()[1:], stdout, stderr)
	case "tokens":
		return listTokens(ctx, db, w, fs.Args()[1:], stdout, stderr)
	case "revoke":
		return revokeToken(ctx, db, fs.Args()[1:], stdout, stderr)
	case "":
	default:
		return fmt.Errorf("unknown command %q: want token, tokens or revoke, or none to serve", fs.Arg(0))
	}
	secret := os.Getenv(*secretEnv)
	pseud, err := metrics.NewPseudonymizer([]byte(secret))
	if err != nil {
		return fmt.Errorf("%s: %w (it keys the pseudonyms of citizen IDs)", *secretEnv, err)
	}
	cfg := config{Pseudonyms: pseud, Log: slog.New(slog.NewTextHandler(stderr, nil))}
	if *date != "" {
		if cfg.AsOf, err = vietnam.ParseDate(*date); err != nil {
			return fmt.Errorf("-date: %w", err)
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr())
	return serve(ctx, ln, newServer(w, db, cfg), *grace)
}

// serve answers on ln until ctx ends, then stops taking connections and
// lets the requests in flight finish, for at most grace.
func serve(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// makeToken creates a token for a unit and prints it, once.
func makeToken(ctx context.Context, db *store, w *world, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	unit := fs.String("unit", string(w.root.ID), "the unit the token writes for and reads below")
	name := fs.String("name", "", "who holds the token, for the audit log")
	by := fs.String("by", "console", "who makes it, for the audit log")
	readOnly := fs.Bool("read-only", false, "a token that reads and never writes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !w.tree.Has(org.ID(*unit)) {
		return fmt.Errorf("token: no unit %q", *unit)
	}
	if *name == "" {
		return errors.New("token: give -name")
	}
	tok, hash := newToken()
	id, err := db.addToken(ctx, hash, org.ID(*unit), *name, !*readOnly)
	if err != nil {
		return err
	}
	if err := db.consoleAudit(ctx, *by, "token", org.ID(*unit), map[string]any{"token": id, "name": *name, "can_write": !*readOnly}); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tok)
	return nil
}

// listTokens prints the tokens of a unit's subtree, one a line: ID, unit,
// rights, name, and when revoked; never a secret.
func listTokens(ctx context.Context, db *store, w *world, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tokens", flag.ContinueOnError)
	fs.SetOutput(stderr)
	unit := fs.String("unit", string(w.root.ID), "the unit whose subtree's tokens are listed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !w.tree.Has(org.ID(*unit)) {
		return fmt.Errorf("tokens: no unit %q", *unit)
	}
	toks, err := db.tokensOf(ctx, w.subtreeIDs(org.ID(*unit)))
	if err != nil {
		return err
	}
	for _, t := range toks {
		rights, revoked := "write", ""
		if !t.CanWrite {
			rights = "read"
		}
		if t.RevokedAt != nil {
			revoked = "\trevoked " + t.RevokedAt.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(stdout, "%d\t%s\t%s\t%s%s\n", t.ID, t.Unit, rights, t.Name, revoked)
	}
	return nil
}

// revokeToken revokes a token by its ID (see tokens), whatever its unit.
func revokeToken(ctx context.Context, db *store, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("revoke", flag.ContinueOnError)
	fs.SetOutput(stderr)
	id := fs.Int64("id", 0, "the token's ID (see the tokens command)")
	by := fs.String("by", "", "who revokes it, for the audit log")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *id < 1 {
		return errors.New("revoke: give -id, a token's ID (see the tokens command)")
	}
	if *by == "" {
		return errors.New("revoke: give -by, who revokes it, for the audit log")
	}
	t, err := db.revoke(ctx, token{Name: *by}, *id, func(org.ID) error { return nil })
	if errors.Is(err, errNoToken) {
		return fmt.Errorf("revoke: no token %d", *id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "revoked %d (%s, %s) at %s\n", t.ID, t.Name, t.Unit, t.RevokedAt.UTC().Format(time.RFC3339))
	return nil
}
