package synth_test

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func ExampleGenerate() {
	rows, _ := synth.Generate(synth.Config{Seed: 1, Province: "74", Rows: 3,
		From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")})
	for r := range rows {
		fmt.Println(r.Person, r.Date.Before(vietnam.MustParseDate("1/7/2025")) == (r.Commune.Era() == admin.EraPre2025), len(r.Cells))
	}
	// Output:
	// 0 true 10
	// 1 true 10
	// 2 true 10
}

func ExampleWriteCSV() {
	var b strings.Builder
	_ = synth.WriteCSV(&b, synth.Config{Seed: 3, Province: "11", Rows: 2,
		From: vietnam.MustParseDate("6/5/2025"), To: vietnam.MustParseDate("6/6/2025")})
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	fmt.Println(lines[0])
	fmt.Println(len(lines)-1, "rows")
	// Output:
	// STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Địa chỉ,Đối tượng,Ngày,Nội dung hỗ trợ
	// 2 rows
}
