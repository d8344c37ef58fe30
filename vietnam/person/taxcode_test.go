package person_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// TestParseTaxCode reads the codes of real enterprises as their
// registration certificates print them, and the mistakes typed ones
// have.
func TestParseTaxCode(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		branch int
		err    error
	}{
		{"0100109106", "0100109106", 0, nil},         // Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)
		{"0100684378", "0100684378", 0, nil},         // Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)
		{"0300588569", "0300588569", 0, nil},         // Công ty CP Sữa Việt Nam (Vinamilk)
		{"0101248141", "0101248141", 0, nil},         // Công ty CP FPT
		{"0100109106-001", "0100109106-001", 1, nil}, // a dependent unit of Viettel
		{"0100109106001", "0100109106-001", 1, nil},  // the same, as a spreadsheet keeps it
		{"0100 109 106", "0100109106", 0, nil},
		{"0100109107", "", 0, person.ErrTaxCheck},     // last digit mistyped
		{"0100190106", "", 0, person.ErrTaxCheck},     // two digits swapped
		{"0100109106-000", "", 0, person.ErrIDSyntax}, // branches start at 001
		{"010010910", "", 0, person.ErrIDLength},      // a digit lost
		{"074085001234", "", 0, person.ErrIDLength},   // a CCCD, a person's code
		{"01001O9106", "", 0, person.ErrIDSyntax},     // letter O for zero
		{"", "", 0, person.ErrIDLength},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := person.ParseTaxCode(tt.in)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				var ie *person.IDError
				require.True(t, errors.As(err, &ie))
				assert.Equal(t, "MST", ie.Kind)
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
			assert.Equal(t, tt.branch, got.Branch())
			assert.Equal(t, tt.want[:10], got.Parent().String())
		})
	}
	_, err := person.ParseTaxCode("0100109107")
	assert.EqualError(t, err, `person: MST "0100109107": wrong check digit (7, want 6) at position 10`)
}

// TestTaxCodeNeverIssued: a body whose weighted sum is a multiple of 11
// has no check digit, whatever the tenth digit.
func TestTaxCodeNeverIssued(t *testing.T) {
	// 0,1,0,0,0,0,0,0,8: 29 + 24 = 53, not a multiple; 0,0,0,0,0,0,0,1,2:
	// 5 + 6 = 11, a multiple of 11.
	for d := range 10 {
		_, err := person.ParseTaxCode(fmt.Sprintf("000000012%d", d))
		assert.ErrorIs(t, err, person.ErrTaxCheck)
	}
}

func TestTaxCodeJSON(t *testing.T) {
	type org struct {
		MST person.TaxCode `json:"mst"`
	}
	b, err := json.Marshal(org{person.MustParseTaxCode("0100109106-001")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"mst":"0100109106-001"}`, string(b))
	var back org
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, "0100109106-001", back.MST.String())
	require.NoError(t, json.Unmarshal([]byte(`{"mst":""}`), &back))
	assert.True(t, back.MST.IsZero())
	assert.Error(t, json.Unmarshal([]byte(`{"mst":"0100109107"}`), &back))
}

func ExampleParseTaxCode() {
	for _, s := range []string{"0100109106", "0100109106001", "0100109107"} {
		t, err := person.ParseTaxCode(s)
		fmt.Println(t, t.Branch(), err)
	}
	// Output:
	// 0100109106 0 <nil>
	// 0100109106-001 1 <nil>
	//  0 person: MST "0100109107": wrong check digit (7, want 6) at position 10
}

func FuzzParseTaxCode(f *testing.F) {
	fuzzParser[person.TaxCode, *person.IDError]{
		name: "ParseTaxCode", parse: person.ParseTaxCode, prefix: "person: MST ",
		accepted: func(t *testing.T, s string, c person.TaxCode) {
			back, err := person.ParseTaxCode(c.String())
			if err != nil || back != c {
				t.Fatalf("%q → %v → %v, %v", s, c, back, err)
			}
		},
	}.run(f, "0100109106", "0100109106-001", "0100109107", "", "1-2-3", "99999999999999999999")
}
