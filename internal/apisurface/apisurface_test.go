package apisurface_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/apisurface"
)

func TestDir(t *testing.T) {
	tests := []struct {
		dir     string
		want    apisurface.Count
		wantErr string
	}{
		{dir: "testdata/sample", want: apisurface.Count{Types: 4, Funcs: 1, Methods: 4, Consts: 2, Vars: 1, Fields: 4}},
		{dir: "testdata", wantErr: "apisurface: no Go files in testdata"},
		{dir: "testdata/none", wantErr: "apisurface: open testdata/none: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			got, err := apisurface.Dir(tt.dir)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, 16, got.Total())
			assert.Equal(t, "16 exported (types 4, funcs 1, methods 4, consts 2, vars 1, fields 4)", got.String())
		})
	}
}
