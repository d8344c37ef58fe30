package admin_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/internal/linear"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// addressLinearUnits are the adversarial shapes of an address (#11: no
// input over 1 MB may take more than linear time): repeated to any size
// up to MaxAddressLen they are read; beyond it, refused.
var addressLinearUnits = []linear.Unit{
	{Name: "address", Text: "Phường Lái Thiêu, TP. Hồ Chí Minh, "},       // a whole address, again and again
	{Name: "parts", Text: "Hà Nội, "},                                    // a province in every part
	{Name: "commas", Text: ","},                                          // empty parts
	{Name: "types", Text: "Phường Xã Huyện Quận Tỉnh Thành phố "},        // type words, no name
	{Name: "typeword", Text: "Xã "},                                      // one type word, repeated
	{Name: "glued", Text: "TPHàNộiP.LáiThiêu"},                           // type words glued to names
	{Name: "digits", Text: "0909123456"},                                 // a number as long as the input
	{Name: "house", Text: "12/3A "},                                      // house numbers
	{Name: "noise", Text: "(gần chợ) "},                                  // brackets of noise
	{Name: "letter", Text: "a"},                                          // one word
	{Name: "marks", Text: "a\u0301\u0323"},                               // combining marks
	{Name: "legacy", Text: "Ph\xd6\xeeng "},                              // bytes that are no UTF-8
	{Name: "english", Text: "District 1 Ward 5 Ho Chi Minh City "},       // English forms
	{Name: "mixed", Text: "P8Q10, tổ 5, ấp 3 (đối diện) 0909, Việt Nam"}, // all of the above
}

// addressLinearFuncs are the address readers held to linear time.
var addressLinearFuncs = []linear.Func{
	{Name: "ResolveAddress", F: func(s string) { sinkResolution, _ = admin.ResolveAddress(s) }},
	{Name: "ParseAddress", F: func(s string) { sinkAddress, _ = admin.ParseAddress(s) }},
}

// BenchmarkAddressLinear runs the readers on each adversarial input at
// 64, 128, 256 and 512 bytes (MaxAddressLen) and at 1 MB, which is
// refused, reporting ns/byte: in linear time the read sizes of one row
// report about the same ns/byte, and 1 MB next to nothing.
func BenchmarkAddressLinear(b *testing.B) {
	linear.Bench(b, addressLinearFuncs, addressLinearUnits, []int{64, 128, 256, admin.MaxAddressLen, 1 << 20})
}

// TestAddressLinearAllocs holds the readers to linear work without a
// clock: at MaxAddressLen a call allocates at most twice per byte what it
// allocates at 32 bytes, and at 1 MB (refused) no more than at
// MaxAddressLen.
func TestAddressLinearAllocs(t *testing.T) {
	// linear.Check skips under the race detector, which allocates
	linear.Check(t, addressLinearFuncs, addressLinearUnits, 32, admin.MaxAddressLen)
	for _, fn := range addressLinearFuncs {
		for _, u := range addressLinearUnits {
			huge := linear.Repeat(u.Text, 1<<20)
			m, b := linear.Allocs(64, func() { fn.F(huge) })
			if m > 4 || b > 2*admin.MaxAddressLen {
				t.Errorf("%s/%s: %d allocations, %d bytes for 1 MB, which is refused", fn.Name, u.Name, m, b)
			}
		}
	}
}
