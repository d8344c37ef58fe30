package person

// Numbering data for Vietnamese phone numbers. Each table is a fixed array of
// constants: nothing runs at init, nothing is mutable.
//
// Sources:
//   - Mobile prefixes and networks: Ministry of Information and Communications
//     allocations as published by the operators, cross-checked with
//     libphonenumber's metadata (google/libphonenumber release 9.0.31, May
//     2026: resources/carrier/en/84.txt, and the mobile pattern of region VN
//     in resources/PhoneNumberMetadata.xml, 3\d|5(?:[1689]\d|2[238]|59)|
//     7[06-9]\d|8(?:[1-8]\d|9[6-9])|9(?:[0-8]\d|9[013-9]) then 6 digits).
//     Where a carrier map names a whole 3-digit prefix (8489 MobiFone, 8455
//     Reddi) but the mobile pattern accepts only some of its blocks, the
//     pattern is followed: a number outside them is not in service.
//     087 is the MVNO Itel (Indochina Telecom; 0998 and 0999 are its older
//     blocks, and libphonenumber files 087 under Vinaphone, its host) and 0559
//     the MVNO Reddi; libphonenumber's carrier map names both. Other MVNOs (Local, Wintel, ASIM, Vnsky…) sell
//     numbers from their host's blocks and cannot be told apart by prefix.
//     libphonenumber's newest carrier map also lists 030 and 051 for
//     MobiFone; no allocation decision for them was found, so they are not
//     accepted here.
//   - The 2018 change from 11 to 10 digits: MIC plan, parallel dialling from
//     15/9/2018 to 14/11/2018 (notice reprinted by Báo Nghệ An, "Thông báo về
//     việc chuyển đổi mã mạng").
//   - The 2017 fixed-line area codes: Circular 22/2014/TT-BTTTT (numbering
//     plan, in force 1/3/2015), changed in three phases from 11/2/2017,
//     15/4/2017 and 17/6/2017; Vĩnh Phúc (211), Phú Thọ (210), Hòa Bình (218)
//     and Hà Giang (219) kept theirs (VnExpress International, 23/11/2016 and
//     5/2/2017; Vietnam+ 23/11/2016; Nhân Dân 17/6/2017).
//
// Since mobile number portability (2018) the prefix names the network that
// issued the number, not necessarily the one that serves it today.

// mobilePrefix is a block of mobile numbers: the leading digits of the
// national significant number (without the trunk 0) and their width.
type mobilePrefix struct {
	prefix uint16
	width  uint8
	net    Network
}

// mobilePrefixes are the mobile blocks in force, by national prefix
// ("32" = 032…). Longer (3-digit) entries are listed before the 2-digit ones
// they refine.
var mobilePrefixes = [...]mobilePrefix{
	// Viettel: 086, 096–098, and 032–039 (from 0162–0169 in 2018).
	{32, 2, Viettel}, {33, 2, Viettel}, {34, 2, Viettel}, {35, 2, Viettel},
	{36, 2, Viettel}, {37, 2, Viettel}, {38, 2, Viettel}, {39, 2, Viettel},
	{86, 2, Viettel}, {96, 2, Viettel}, {97, 2, Viettel}, {98, 2, Viettel},
	// VinaPhone: 088, 091, 094, and 081–085 (from 0123–0129 in 2018).
	{81, 2, VinaPhone}, {82, 2, VinaPhone}, {83, 2, VinaPhone}, {84, 2, VinaPhone},
	{85, 2, VinaPhone}, {88, 2, VinaPhone}, {91, 2, VinaPhone}, {94, 2, VinaPhone},
	// MobiFone: 090, 093, 0896–0899, and 070, 076–079 (from 0120–0128 in
	// 2018). 089 came in 2016 as one block of a million numbers (0898, Cục
	// Viễn thông's decision of 4/2/2016); libphonenumber's mobile pattern,
	// from the operators' IR.21 returns, has 0896–0899 and no more.
	{70, 2, MobiFone}, {76, 2, MobiFone}, {77, 2, MobiFone}, {78, 2, MobiFone},
	{79, 2, MobiFone}, {896, 3, MobiFone}, {897, 3, MobiFone}, {898, 3, MobiFone},
	{899, 3, MobiFone}, {90, 2, MobiFone}, {93, 2, MobiFone},
	// Vietnamobile: 092, 056, 058 (from 0186, 0188), 0522/0523/0528.
	{522, 3, Vietnamobile}, {523, 3, Vietnamobile}, {528, 3, Vietnamobile},
	{56, 2, Vietnamobile}, {58, 2, Vietnamobile}, {92, 2, Vietnamobile},
	// Itel (MVNO): 087, and 0998, 0999 inside the old Gmobile block.
	{87, 2, Itel}, {998, 3, Itel}, {999, 3, Itel},
	// Gmobile (Gtel): 059 (from 0199) and 099x; 0992 was VSAT, moved to 0672 in 2018.
	{59, 2, Gmobile}, {990, 3, Gmobile}, {991, 3, Gmobile}, {993, 3, Gmobile},
	{994, 3, Gmobile}, {995, 3, Gmobile}, {996, 3, Gmobile}, {997, 3, Gmobile},
	// Reddi (MVNO): 0559, the one block of 055 libphonenumber's mobile
	// pattern accepts (its carrier map names 055 Reddi as a whole; the rest
	// of 055 is not in service, and 055 + 7 digits was Quảng Ngãi's area
	// code before 2017).
	{559, 3, Reddi},
}

// mobile2018 maps the 11-digit prefixes withdrawn in 2018 to their 10-digit
// successors: 0168 1234567 became 038 1234567.
var mobile2018 = [...]struct{ old, new uint16 }{
	{120, 70}, {121, 79}, {122, 77}, {126, 76}, {128, 78}, // MobiFone
	{123, 83}, {124, 84}, {125, 85}, {127, 81}, {129, 82}, // VinaPhone
	{162, 32}, {163, 33}, {164, 34}, {165, 35}, {166, 36}, {167, 37}, {168, 38}, {169, 39}, // Viettel
	{186, 56}, {188, 58}, // Vietnamobile
	{199, 59}, // Gmobile
}

// areaCode is a fixed-line area code in force since 2017, the pre-2025
// province it serves, and the code it replaced (0 when unchanged).
type areaCode struct {
	code     uint16 // national, without the trunk 0: 24, 28, 203…
	province string // pre-2025 province code, see provinces
	old      uint16 // code before 2017: 4 (Hà Nội), 8 (HCMC), 33…
}

// areaCodes are sorted by new code. Hà Nội and HCMC have two-digit codes
// followed by 8 digits; the others three digits followed by 7. Before 2017
// Hà Nội and HCMC had one digit followed by 8, the others two or three
// digits followed by 7: subscriber numbers did not change.
var areaCodes = [...]areaCode{
	{203, "22", 33},  // Quảng Ninh
	{204, "24", 240}, // Bắc Giang
	{205, "20", 25},  // Lạng Sơn
	{206, "04", 26},  // Cao Bằng
	{207, "08", 27},  // Tuyên Quang
	{208, "19", 280}, // Thái Nguyên
	{209, "06", 281}, // Bắc Kạn
	{210, "25", 0},   // Phú Thọ, unchanged
	{211, "26", 0},   // Vĩnh Phúc, unchanged
	{212, "14", 22},  // Sơn La
	{213, "12", 231}, // Lai Châu
	{214, "10", 20},  // Lào Cai
	{215, "11", 230}, // Điện Biên
	{216, "15", 29},  // Yên Bái
	{218, "17", 0},   // Hòa Bình, unchanged
	{219, "02", 0},   // Hà Giang, unchanged
	{220, "30", 320}, // Hải Dương
	{221, "33", 321}, // Hưng Yên
	{222, "27", 241}, // Bắc Ninh
	{225, "31", 31},  // Hải Phòng
	{226, "35", 351}, // Hà Nam
	{227, "34", 36},  // Thái Bình
	{228, "36", 350}, // Nam Định
	{229, "37", 30},  // Ninh Bình
	{232, "44", 52},  // Quảng Bình
	{233, "45", 53},  // Quảng Trị
	{234, "46", 54},  // Thừa Thiên Huế
	{235, "49", 510}, // Quảng Nam
	{236, "48", 511}, // Đà Nẵng
	{237, "38", 37},  // Thanh Hóa
	{238, "40", 38},  // Nghệ An
	{239, "42", 39},  // Hà Tĩnh
	{24, "01", 4},    // Hà Nội
	{251, "75", 61},  // Đồng Nai
	{252, "60", 62},  // Bình Thuận
	{254, "77", 64},  // Bà Rịa - Vũng Tàu
	{255, "51", 55},  // Quảng Ngãi
	{256, "52", 56},  // Bình Định
	{257, "54", 57},  // Phú Yên
	{258, "56", 58},  // Khánh Hòa
	{259, "58", 68},  // Ninh Thuận
	{260, "62", 60},  // Kon Tum
	{261, "67", 501}, // Đắk Nông
	{262, "66", 500}, // Đắk Lắk
	{263, "68", 63},  // Lâm Đồng
	{269, "64", 59},  // Gia Lai
	{270, "86", 70},  // Vĩnh Long
	{271, "70", 651}, // Bình Phước
	{272, "80", 72},  // Long An
	{273, "82", 73},  // Tiền Giang
	{274, "74", 650}, // Bình Dương
	{275, "83", 75},  // Bến Tre
	{276, "72", 66},  // Tây Ninh
	{277, "87", 67},  // Đồng Tháp
	{28, "79", 8},    // Hồ Chí Minh
	{290, "96", 780}, // Cà Mau
	{291, "95", 781}, // Bạc Liêu
	{292, "92", 710}, // Cần Thơ
	{293, "93", 711}, // Hậu Giang
	{294, "84", 74},  // Trà Vinh
	{296, "89", 76},  // An Giang
	{297, "91", 77},  // Kiên Giang
	{299, "94", 79},  // Sóc Trăng
}
