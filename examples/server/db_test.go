package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

// dsnEnv names the database the integration tests use. Each test makes its
// own schema in it and drops it at the end, so tests run in parallel and
// again without cleaning up.
const dsnEnv = "HOCVUSO_TEST_DATABASE_URL"

// testDSN returns a connection string for a fresh, empty schema. Without
// the variable the test is skipped, except in CI (CI=true), where it fails:
// there the integration tests must run.
func testDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(dsnEnv)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set and CI=true: the integration tests must run in CI (.ci/run starts a PostgreSQL cluster and sets it)", dsnEnv)
		}
		t.Skipf("integration test: set %s to a PostgreSQL database to run it, e.g.\n\t%s=postgres://postgres@127.0.0.1:5432/test go test ./examples/server/\nor run .ci/run, which starts a throw-away cluster", dsnEnv, dsnEnv)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CREATE SCHEMA "+schema) // a name made here, not input
	require.NoError(t, err)
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return withSearchPath(t, base, schema)
}

// withSearchPath adds search_path to a URL or keyword/value DSN; pgx passes
// unknown parameters to the server as run-time settings.
func withSearchPath(t testing.TB, dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		require.NoError(t, err)
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// sharedWorld is built once per test binary: mirroring and migrating the
// province's tree takes a moment and the world is immutable.
var sharedWorld = sync.OnceValues(buildWorld)

func testWorld(t testing.TB) *world {
	w, err := sharedWorld()
	require.NoError(t, err)
	return w
}
