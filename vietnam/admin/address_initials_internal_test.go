package admin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam"
)

// dropAddrInitialsEchoRef is dropAddrInitialsEcho as it was before it
// started its walk by parts at the last word that ends in a capital: a
// walk of every part from the end.
func dropAddrInitialsEchoRef(norm string, toks []addrToken) []addrToken {
	return dropAddrInitialsFrom(norm, toks, len(toks)-1, -1)
}

// TestDropAddrInitialsEchoRef holds dropAddrInitialsEcho to the walk of
// every part, at every address of the labelled set and at texts where
// the last word that ends in a capital does not end its part, or ends
// the address, or where initials stand before it.
func TestDropAddrInitialsEchoRef(t *testing.T) {
	texts := append(labelledAddresses(t),
		"Khu phố 1 Hương Canh BX, Bình Xuyên, Vĩnh Phúc",
		"Ấp 3 Bình Phục Nhứt CGTG, Chợ Gạo, Tiền Giang",
		"cái khế, NK, CT, Ninh Kiều, Cần Thơ",
		"cái khế, NK, Ninh Kiều, TP Cần Thơ",
		"12 Lê Lợi, BX, Bình Xuyên, TP HCM",
		"Phường Bến Nghé, Quận 1, TP. HCM",
		"Xã Tân Hòa, H.BX, Bình Xuyên",
		"ĐN, Đà Nẵng",
		"Số 426/CT, Cần Thơ",
		"",
	)
	for _, in := range texts {
		norm := vietnam.Normalize(in)
		toks := appendAddrTokens(nil, norm)
		ref := dropAddrInitialsEchoRef(norm, append([]addrToken(nil), toks...))
		got := dropAddrInitialsEcho(norm, toks)
		if diff := cmp.Diff(ref, got, cmp.AllowUnexported(addrToken{})); diff != "" {
			t.Fatalf("dropAddrInitialsEcho(%q) (-ref +got):\n%s", in, diff)
		}
	}
}
