package calendar

import "github.com/hocvuso/hocvuso/vietnam"

// The decreed schedules, 2010–2026, for the civil service's Monday–Friday
// week. Each year the Prime Minister fixes which days are Tết (Bộ luật Lao
// động 2019 Art. 112(3); 2012 Art. 115(3)) and may swap a weekday for a
// Saturday to join a holiday to a weekend ("hoán đổi ngày làm việc"); the
// decision reaches the civil service as a letter of the Government Office
// (Công văn …/VPCP-KGVX) and a notice of the ministry in charge: the
// Ministry of Labour, Invalids and Social Affairs (…/TB-LĐTBXH) until
// 2025, the Ministry of Home Affairs (…/TB-BNV, …/BNV-CVL) from 2026.
//
// A holiday that no entry names in a year follows the rules and the
// compensation rule alone: no swap for it was found in the sources read.
// Every year's days off are checked day by day against the published
// breaks in TestDecreedYears.
//
// Two years have no notice number: their Notice and Issued are empty and
// Source says where the schedule itself was read. For 2015 the Ministry
// of Labour's proposal was found (Tờ trình 89/TTr-LĐTBXH of 20/11/2014,
// with the schedule that was adopted as its first option) and the press
// reports of the approved schedule, but neither the Government Office's
// letter approving it nor the Ministry's notice announcing it. For 2010
// only the press reports of the schedule were found; the 2014 proposal
// confirms that the Prime Minister approved swaps from 2010 on. Searched
// (December 2026): thuvienphapluat.vn, luatvietnam.vn, chinhphu.vn and the
// press, in Vietnamese and English, by year, Tết, "hoán đổi", "Thông báo",
// "TB-LĐTBXH" and "VPCP-KGVX". For 2021–2023 the Ministry's notice has
// no date in the sources read (4875/TB-LĐTBXH, 119/TB-LĐTBXH,
// 5034/TB-LĐTBXH); those rows cite the Government Office's letter, whose
// number and date were found.
//
// Cross-checks: python-holidays (vacanza/holidays, VietnamStaticHolidays)
// lists the same swaps for 2010, 2012–2015, 2018–2019 and 2024.

const (
	srcPythonHolidays = "; swap also in python-holidays (vacanza/holidays)"
	notFound          = "notice number not found in the sources read; "
)

// decreeRow is one decree of the table below: the statutory days
// (replacing the rule's, empty to keep them), the further days off and
// the weekly rest days worked, each a space-separated list of dates.
type decreeRow struct {
	year            int
	holiday         Holiday
	days, off, work string
	notice          string
	issued          vietnam.Date
	source          string
}

// shippedDecrees builds the decrees this package knows. It runs on
// demand (New calls it) so that importing the package costs nothing.
func shippedDecrees() []Decree {
	rows := [...]decreeRow{
		// 2010 — Tết Canh Dần: 13/2 (30 Chạp) to 21/2, nine days. The four
		// Tết days of the Labour Code 1994 are the rule's (the eve and
		// mùng 1–3); 17 and 18/2 are in lieu of Saturday 13 and Sunday 14,
		// and Friday 19/2 is swapped for Saturday 27/2.
		{2010, LunarNewYear, "", "17/2/2010 18/2/2010 19/2/2010", "27/2/2010", "", vietnam.Date{},
			"Prime Minister's decision, announced by the Ministry of Labour (swaps approved \"from 2010\": Tờ trình 89/TTr-LĐTBXH, 20/11/2014, vbpl.freshdesk.com/support/solutions/articles/16000020548); " + notFound + "hanoimoi.vn/tet-canh-dan-2010-cong-chuc-duoc-nghi-9-ngay-230523.html (06/02/2010)" + srcPythonHolidays},
		// 2011 — Tết Tân Mão: 31/1 (28 Chạp) to 7/2, eight days: Monday
		// 31/1 and Tuesday 1/2 swapped for Saturday 29 and Sunday 30/1,
		// and 7/2 in lieu of Saturday 5/2 (mùng 3).
		{2011, LunarNewYear, "", "31/1/2011 1/2/2011 7/2/2011", "29/1/2011 30/1/2011", notice2011, issued2011,
			src2011},
		// Giỗ Tổ 2011 on Tuesday 12/4: Monday 11/4 swapped for Saturday 9/4.
		{2011, HungKings, "", "11/4/2011", "9/4/2011", notice2011, issued2011,
			src2011},
		// 2012 — Tết Nhâm Thìn: 21/1 to 29/1, nine days: 26/1 in lieu of
		// the eve on Sunday 22/1, Friday 27/1 swapped for Saturday 4/2.
		{2012, LunarNewYear, "", "26/1/2012 27/1/2012", "4/2/2012", "9197/VPCP-KGVX", vietnam.MustDate(2011, 12, 27),
			"Công văn 9197/VPCP-KGVX of the Government Office, 27/12/2011, on 61/TTr-LĐTBXH (Friday 27/1/2012 off, Saturday 4/2/2012 worked); bnc.edu.vn/cong-van-9197-vpcp-kgvx; baobinhdinh.vn/trongnuoc/2011/12/120849 (from chinhphu.vn)" + srcPythonHolidays},
		// 2013 — one letter for the year: New Year 29/12/2012 to 1/1/2013
		// (Monday 31/12 for Saturday 5/1); Tết Quý Tỵ 9/2 (29 Chạp) to
		// 17/2 (13 and 14/2 in lieu of the weekend, Friday 15/2 for
		// Saturday 23/2); 27/4 to 1/5 (Monday 29/4 for Saturday 4/5).
		{2013, NewYear, "", "31/12/2012", "5/1/2013", "9570/VPCP-KGVX", vietnam.MustDate(2012, 11, 23),
			src2013},
		{2013, LunarNewYear, "", "13/2/2013 14/2/2013 15/2/2013", "23/2/2013", "9570/VPCP-KGVX", vietnam.MustDate(2012, 11, 23),
			src2013},
		{2013, Reunification, "", "29/4/2013", "4/5/2013", "9570/VPCP-KGVX", vietnam.MustDate(2012, 11, 23),
			src2013 + srcPythonHolidays},
		// 2014 — Tết Giáp Ngọ: 28/1 (28 Chạp) to 5/2, nine days: Tuesday
		// 28/1 and Wednesday 29/1 swapped for Saturdays 25/1 and 8/2, as
		// the Ministry's notice names them, so the five Tết days are 30/1
		// (30 Chạp) to 3/2 (mùng 4), and 4 and 5/2 are in lieu of Saturday
		// 1/2 and Sunday 2/2 — not the rule's 29/1–2/2.
		{2014, LunarNewYear, "30/1/2014 31/1/2014 1/2/2014 2/2/2014 3/2/2014", "28/1/2014 29/1/2014 4/2/2014 5/2/2014", "25/1/2014 8/2/2014", notice2014, issued2014,
			src2014},
		// 30/4–4/5/2014: Friday 2/5 for Saturday 26/4.
		{2014, LabourDay, "", "2/5/2014", "26/4/2014", notice2014, issued2014,
			src2014 + srcPythonHolidays},
		// 30/8–2/9/2014: Monday 1/9 for Saturday 6/9.
		{2014, NationalDay, "", "1/9/2014", "6/9/2014", notice2014, issued2014,
			src2014 + srcPythonHolidays},
		// 2015 — New Year 1/1 to 4/1 (Friday 2/1 for Saturday 27/12/2014);
		// Tết Ất Mùi 17/2 (29 Chạp) to 21/2 (mùng 3), 23/2 in lieu of
		// Saturday 21/2, Monday 16/2 for Saturday 14/2: 15/2–23/2; Giỗ Tổ
		// (Tuesday 28/4) to 3/5, Wednesday 29/4 for Saturday 25/4.
		{2015, NewYear, "", "2/1/2015", "27/12/2014", "", vietnam.Date{},
			src2015 + srcPythonHolidays},
		{2015, LunarNewYear, "17/2/2015 18/2/2015 19/2/2015 20/2/2015 21/2/2015", "16/2/2015 23/2/2015", "14/2/2015", "", vietnam.Date{},
			src2015 + srcPythonHolidays},
		{2015, Reunification, "", "29/4/2015", "25/4/2015", "", vietnam.Date{},
			src2015 + srcPythonHolidays},
		// 2016 — Tết Bính Thân: 6/2 (28 Chạp) to 14/2; Tết 7/2–11/2 and
		// 12/2 in lieu of Sunday 7/2; no swap.
		{2016, LunarNewYear, "7/2/2016 8/2/2016 9/2/2016 10/2/2016 11/2/2016", "12/2/2016", "", "4659/TB-LĐTBXH", vietnam.MustDate(2015, 11, 13),
			"Thông báo 4659/TB-LĐTBXH of the Ministry of Labour, 13/11/2015, on the holidays of 2016; ngaynay.vn/lich-nghi-tet-nguyen-dan-binh-than-2016-gom-9-ngay-post13884.html"},
		// 2017 — Tết Đinh Dậu: 26/1 (29 Chạp) to 1/2 (mùng 5); mùng 4 and
		// 5 in lieu of mùng 1 and 2 on the weekend; no swap.
		{2017, LunarNewYear, "26/1/2017 27/1/2017 28/1/2017 29/1/2017 30/1/2017", "31/1/2017 1/2/2017", "", "9794/VPCP-KGVX", vietnam.MustDate(2016, 11, 14),
			"Công văn 9794/VPCP-KGVX of the Government Office, 14/11/2016, announced by the Ministry of Labour on 24/11/2016 (Tết 26–30/1, 31/1 and 1/2 in lieu); tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14971/chinh-thuc-co-lich-nghi-tet-am-lich-dinh-dau-2017; bnews.vn/thong-bao-chinh-thuc-lich-nghi-tet-am-lich-nam-2017/29327.html; batgt.camau.gov.vn"},
		// 2018 — Tết Mậu Tuất: 14/2 (29 Chạp) to 20/2, seven days. The five
		// Tết days are 14/2–18/2 (the only five whose days in lieu of the
		// weekend, 19 and 20/2, are the next working days).
		{2018, LunarNewYear, "14/2/2018 15/2/2018 16/2/2018 17/2/2018 18/2/2018", "19/2/2018 20/2/2018", "", "573/TB-VPCP", vietnam.MustDate(2017, 12, 14),
			"Thông báo 573/TB-VPCP of the Government Office, 14/12/2017 (Tết 14–20/2/2018; Quốc khánh 2/9 with Monday 3/9 in lieu); lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/official-2018-lunar-new-year-holiday-schedule-for-officials-and-public-employees-159892.html; baoninhbinh.org.vn; dangkythanhlapdoanhnghiep.com"},
		// 2019 — one letter for New Year and Tết: 29/12/2018 to 1/1/2019
		// (Monday 31/12/2018 for Saturday 5/1/2019); Tết Kỷ Hợi 2/2 to
		// 10/2, its five weekdays 4–8/2 the Tết days; 27/4 to 1/5 (Monday
		// 29/4 for Saturday 4/5).
		{2019, NewYear, "", "31/12/2018", "5/1/2019", "6519/VPCP-KGVX", vietnam.MustDate(2018, 7, 11),
			src2019 + srcPythonHolidays},
		{2019, LunarNewYear, "4/2/2019 5/2/2019 6/2/2019 7/2/2019 8/2/2019", "", "", "6519/VPCP-KGVX", vietnam.MustDate(2018, 7, 11),
			src2019},
		{2019, Reunification, "", "29/4/2019", "4/5/2019", "6519/VPCP-KGVX", vietnam.MustDate(2018, 7, 11),
			src2019 + srcPythonHolidays},
		// 2020 — Tết Canh Tý: 23/1 (29 Chạp) to 29/1 (mùng 5); the five
		// Tết days 23–27/1, 28 and 29/1 in lieu of the weekend.
		{2020, LunarNewYear, "23/1/2020 24/1/2020 25/1/2020 26/1/2020 27/1/2020", "28/1/2020 29/1/2020", "", "4544/TB-LĐTBXH", vietnam.MustDate(2019, 10, 25),
			"Thông báo 4544/TB-LĐTBXH of the Ministry of Labour, 25/10/2019 (lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/official-lunar-new-year-holiday-schedule-officials-and-public-employees-to-have-07-days-off-144554.html), on Công văn 9087/VPCP-KGVX of the Government Office, 7/10/2019 (vbp.vn/?lang=ja&p=1569); bacninhtv.vn/tin-tuc/240/80338/tet-canh-ty-2020-nghi-7-ngay (08/10/2019); socongthuong.daklak.gov.vn (07/01/2020)"},
		// 2021 — Tết Tân Sửu: 10/2 (29 Chạp) to 16/2; Tết 10–14/2, 15 and
		// 16/2 in lieu of the weekend. Quốc khánh 2 and 3/9.
		{2021, LunarNewYear, "10/2/2021 11/2/2021 12/2/2021 13/2/2021 14/2/2021", "15/2/2021 16/2/2021", "", "9895/VPCP-KGVX", vietnam.MustDate(2020, 11, 26),
			src2021},
		{2021, NationalDay, "2/9/2021 3/9/2021", "", "", "9895/VPCP-KGVX", vietnam.MustDate(2020, 11, 26),
			src2021},
		// 2022 — Tết Nhâm Dần: 29/1 to 6/2; Tết 31/1–4/2. Quốc khánh 1
		// and 2/9.
		{2022, LunarNewYear, "31/1/2022 1/2/2022 2/2/2022 3/2/2022 4/2/2022", "", "", "245/VPCP-KGVX", vietnam.MustDate(2022, 1, 11),
			src2022},
		{2022, NationalDay, "1/9/2022 2/9/2022", "", "", "245/VPCP-KGVX", vietnam.MustDate(2022, 1, 11),
			src2022},
		// 2023 — Tết Quý Mão: 20/1 (29 Chạp) to 26/1; Tết 20–24/1, 25 and
		// 26/1 in lieu of the weekend. Quốc khánh 1 and 2/9, Monday 4/9 in
		// lieu of Saturday 2/9.
		{2023, LunarNewYear, "20/1/2023 21/1/2023 22/1/2023 23/1/2023 24/1/2023", "25/1/2023 26/1/2023", "", "8056/VPCP-KGVX", vietnam.MustDate(2022, 12, 1),
			src2023},
		{2023, NationalDay, "1/9/2023 2/9/2023", "4/9/2023", "", "8056/VPCP-KGVX", vietnam.MustDate(2022, 12, 1),
			src2023},
		// 2024 — Tết Giáp Thìn: 8/2 (29 Chạp) to 14/2; Tết 8–12/2, 13 and
		// 14/2 in lieu of the weekend. 27/4 to 1/5: Monday 29/4 for
		// Saturday 4/5. Quốc khánh 2 and 3/9.
		{2024, LunarNewYear, "8/2/2024 9/2/2024 10/2/2024 11/2/2024 12/2/2024", "13/2/2024 14/2/2024", "", "5015/TB-LĐTBXH", vietnam.MustDate(2023, 11, 22),
			"Thông báo 5015/TB-LĐTBXH of the Ministry of Labour, 22/11/2023, on Tết and Quốc khánh 2024; kinhtedothi.vn (\"2 ngày trước Tết và 3 ngày sau Tết\")"},
		{2024, Reunification, "", "29/4/2024", "4/5/2024", "2450/VPCP-KGVX", vietnam.MustDate(2024, 4, 12),
			"Công văn 2450/VPCP-KGVX of the Government Office, 12/4/2024, announced in Thông báo 1570/TB-LĐTBXH; baotintuc.vn/infographics/ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm" + srcPythonHolidays},
		{2024, NationalDay, "2/9/2024 3/9/2024", "", "", "5015/TB-LĐTBXH", vietnam.MustDate(2023, 11, 22),
			"Thông báo 5015/TB-LĐTBXH of the Ministry of Labour, 22/11/2023; m.btv.org.vn (31/8–3/9)"},
		// 2025 — Tết Ất Tỵ: Monday 27/1 (28 Chạp) to Friday 31/1 (mùng 3);
		// with the weekends, 25/1–2/2, nine days, no swap. 30/4–4/5: Friday
		// 2/5 off, Saturday 26/4 worked. Quốc khánh Monday 1/9 and Tuesday
		// 2/9; with the weekend, 30/8–2/9.
		{2025, LunarNewYear, "27/1/2025 28/1/2025 29/1/2025 30/1/2025 31/1/2025", "", "", "6150/TB-BLĐTBXH", vietnam.MustDate(2024, 12, 3),
			src2025 + "; en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html"},
		{2025, LabourDay, "", "2/5/2025", "26/4/2025", "6150/TB-BLĐTBXH", vietnam.MustDate(2024, 12, 3),
			src2025 + "; en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm"},
		{2025, NationalDay, "1/9/2025 2/9/2025", "", "", "6150/TB-BLĐTBXH", vietnam.MustDate(2024, 12, 3),
			src2025 + "; vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html"},
		// 2026 — New Year Thursday 1/1 to Sunday 4/1: Friday 2/1 off,
		// Saturday 10/1 worked.
		{2026, NewYear, "", "2/1/2026", "10/1/2026", "12729/VPCP-KGVX", vietnam.MustDate(2025, 12, 25),
			"Công văn 12729/VPCP-KGVX of the Government Office, 25/12/2025, on 12556/BNV-CVL of the Ministry of Home Affairs; vietnamnews.vn/society/1732658/government-approves-four-day-new-year-holiday.html"},
		// Tết Bính Ngọ: Monday 16/2 (29 Chạp) to Friday 20/2 (mùng 4);
		// with the weekends, Saturday 14/2 to Sunday 22/2, nine days.
		{2026, LunarNewYear, "16/2/2026 17/2/2026 18/2/2026 19/2/2026 20/2/2026", "", "", "9859/VPCP-KGVX", vietnam.MustDate(2025, 10, 13),
			src2026 + "; en.baochinhphu.vn/prime-minister-approves-9-day-lunar-new-year-holiday-in-2026-111251014090102864.htm; congan.com.vn"},
		// Quốc khánh Tuesday 1/9 and Wednesday 2/9; Monday 31/8 off,
		// Saturday 22/8 worked: 29/8–2/9, five days.
		{2026, NationalDay, "1/9/2026 2/9/2026", "31/8/2026", "22/8/2026", "9859/VPCP-KGVX", vietnam.MustDate(2025, 10, 13),
			src2026 + "; vietnamnews.vn/society/1727239/prime-minister-approves-nine-day-lunar-new-year-holiday-plan.html"},
	}
	out := make([]Decree, len(rows))
	for i, r := range rows {
		out[i] = Decree{Year: r.year, Holiday: r.holiday, Days: dates(r.days), Off: dates(r.off), Work: dates(r.work),
			Notice: r.notice, Issued: r.issued, Source: r.source}
	}
	return out
}

// The notices of 2011 and 2014, each covering more than one holiday.
const (
	notice2011 = "9529/VPCP-KGVX"
	notice2014 = "10525/VPCP-KGVX"
)

var (
	issued2011 = vietnam.MustDate(2010, 12, 31)
	issued2014 = vietnam.MustDate(2013, 12, 12)
)

const (
	src2011 = "Công văn 9529/VPCP-KGVX of the Government Office, 31/12/2010, announced by the Ministry of Labour on 7/1/2011 (Tết: 31/1 and 1/2 for 29 and 30/1; Giỗ Tổ: 11/4 for 9/4); baotayninh.vn/hoan-doi-ngay-nghi-dip-tet-am-lich-va-gio-to-hung-vuong-a23152.html; baolangson.vn/xa-hoi/31573-nghi-tet-nguyen-dan-tan-mao-tam-ngay.html"
	src2013 = "Công văn 9570/VPCP-KGVX of the Government Office, 23/11/2012, on 72/TTr-LĐTBXH and the holidays of 2013; eballsviet.com/cong-van-9570-vpcp-kgvx-27929; baothainguyen.vn/xa-hoi/201212/thong-bao-thoi-gian-nghi-cac-ngay-le-tet-nam-2013-36752BD; tienphong.vn/tet-am-lich-duoc-nghi-9-ngay-post601552.amp; nld.com.vn (19/12/2012)"
	src2014 = "Công văn 10525/VPCP-KGVX of the Government Office, 12/12/2013, on Tết and the swaps of 2014; dienbien.edu.vn (18/12/2013); baodaklak.vn (Thông báo 02/TB-UBND of Đắk Lắk, 3/1/2014); tamlongvang.laodong.com.vn/xa-hoi/an-dinh-thoi-gian-nghi-tet-giap-ngo-va-ngay-le-2014-174011.bld and baonghean.vn/en/hoan-doi-ngay-nghi-vao-cac-dip-le-nam-2014-10057853.html (the Ministry's notice: Saturdays 25/1 and 8/2 worked \"to take days off in exchange for Tuesday, January 28, 2014 and Wednesday, January 29, 2014\"); en.vietnamplus.vn/civil-servants-enjoy-nine-days-off-for-lunar-new-year/53154.vnp (28/1–5/2/2014, Saturdays 25/1 and 8/2 worked)"
	src2015 = "Notice of the Ministry of Labour on the Prime Minister's approval of Tờ trình 89/TTr-LĐTBXH (20/11/2014; its text: vbpl.freshdesk.com/support/solutions/articles/16000020548; its two options: vietnamnet.vn/en/state-employees-to-have-7-9-days-off-for-tet-holiday-E117248.html), approved on 1/12/2014 (viet-jo.com/news/social/141202024606-pic1.html; the Government website's announcement of that Monday, as m.thanhniennews.com/society/vietnam-pm-approves-9day-lunar-new-year-holiday-34748.html reports it, gives no number); " + notFound + "m.xahoi.com.vn/thong-bao-chinh-thuc-lich-ngay-nghi-ngay-di-lam-bu-dip-le-tet-2015-194402.amp; baomoi.com/clip-lich-nghi-tet-duong-lich-2015/c/15286031.epi; cand.com.vn"
	src2019 = "Công văn 6519/VPCP-KGVX of the Government Office, 11/7/2018, on 30/TTr-LĐTBXH, announced in Thông báo 3238/TB-LĐTBXH (baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html); thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx"
	src2021 = "Công văn 9895/VPCP-KGVX of the Government Office, 26/11/2020, on 111/TTr-LĐTBXH (Tết 10–16/2/2021, Quốc khánh 2–5/9/2021); thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-9895-VPCP-KGVX-2020-Lunar-New-Year-and-National-Day-holidays-of-officials/460294/tieng-anh.aspx; announced in Thông báo 4875/TB-LĐTBXH of the Ministry of Labour (its date not found; khoahocdoisong.vn/chinh-thuc-cong-bo-lich-nghi-tet-tan-suu-2021-post143258.html); hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html"
	src2022 = "Công văn 245/VPCP-KGVX of the Government Office, 11/1/2022, on 4486/LĐTBXH-ATLĐ (Tết 31/1–4/2/2022, Quốc khánh 1–2/9/2022); english.luatvietnam.vn/official-dispatch-no-245-vpcp-kgvx-dated-january-11-2022-of-the-government-office-215627-doc6.html; kinhtemoitruong.vn; the Ministry of Labour's notice is cited by a secondary source as 119/TB-LĐTBXH (date not found)"
	src2023 = "Công văn 8056/VPCP-KGVX of the Government Office, 1/12/2022, on 4297/LĐTBXH-ATLĐ (Tết 20–26/1/2023, Quốc khánh 1–4/9/2023); m.thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-8056-VPCP-KGVX-2022-nghi-Tet-Am-lich-va-nghi-le-Quoc-khanh-2023-542221.aspx; the Ministry of Labour's notice, 5034/TB-LĐTBXH (date not found): Tết 20–24/1 with 25 and 26/1 in lieu; Quốc khánh 1–2/9 with 4/9 in lieu"
	src2025 = "Thông báo 6150/TB-BLĐTBXH of the Ministry of Labour, 3/12/2024, on Công văn 8726/VPCP-KGVX of the Government Office, 26/11/2024 (pld.net.vn)"
	src2026 = "Công văn 9859/VPCP-KGVX of the Government Office, 13/10/2025 (on 8764/BNV-CVL), announced in Thông báo 9441/TB-BNV of the Ministry of Home Affairs"
)

func dates(s string) []vietnam.Date {
	var out []vietnam.Date
	for _, f := range splitFields(s) {
		out = append(out, vietnam.MustParseDate(f))
	}
	return out
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}
