package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

// A server answers its health check without a database; every other
// endpoint needs a token.
func Example_routes() {
	s := newServer(nil, nil, config{})
	for _, path := range []string{"/healthz", "/units/x"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		fmt.Println(path, rec.Code, rec.Header().Get("Location") != "")
	}
	// Output:
	// /healthz 200 false
	// /units/x 303 true
}

// A token is shown once; the database keeps its SHA-256.
func Example_hashToken() {
	fmt.Printf("%x\n", hashToken("hvs_example"))
	// Output:
	// 61f40c1df6761339bfcf0fdae67ec0eb465f35ecb3a4ab3896b0143748a6aef3
}
