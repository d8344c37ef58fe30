package person

// Country codes for births registered abroad: the first three digits of a
// CCCD issued to a citizen whose birth was registered outside Vietnam
// (101–295). From the annex of Circular 07/2016/TT-BCA as transcribed in
// hongquan/vietnam-personal-id (dev/countries-code.csv); names shortened to
// the common Vietnamese name, without the transliterations in brackets.
// The circular's own quirks are kept: 113/114 are both Azerbaijan, 147/148
// both Croatia.
//
// countries[i] is the country with code 101+i. 195 names, about 2.5 KB.
var countries = [...]string{
	"Afghanistan", // 101
	"Ai Cập",      // 102
	"Albania",     // 103
	"Algérie",     // 104
	"Andorra",     // 105
	"Angola",      // 106
	"Vương quốc Liên hiệp Anh và Bắc Ireland", // 107
	"Antigua và Barbuda",                      // 108
	"Áo",                                      // 109
	"Ả Rập Saudi",                             // 110
	"Argentina",                               // 111
	"Armenia",                                 // 112
	"Azerbaijan",                              // 113
	"Cộng hòa Azerbaijan",                     // 114
	"Cộng hòa Ấn Độ",                          // 115
	"Bahamas",                                 // 116
	"Bahrain",                                 // 117
	"Ba Lan",                                  // 118
	"Bangladesh",                              // 119
	"Barbados",                                // 120
	"Belarus",                                 // 121
	"Belize",                                  // 122
	"Benin",                                   // 123
	"Bhutan",                                  // 124
	"Bỉ",                                      // 125
	"Bolivia",                                 // 126
	"Bosna và Hercegovina",                    // 127
	"Botswana",                                // 128
	"Bồ Đào Nha",                              // 129
	"Bờ Biển Ngà",                             // 130
	"Brasil",                                  // 131
	"Brunei",                                  // 132
	"Bulgaria",                                // 133
	"Burkina Faso",                            // 134
	"Burundi",                                 // 135
	"Cabo Verde",                              // 136
	"Các Tiểu Vương quốc Ả Rập Thống nhất", // 137
	"Cameroon",                    // 138
	"Campuchia",                   // 139
	"Canada",                      // 140
	"Chile",                       // 141
	"Colombia",                    // 142
	"Comoros",                     // 143
	"Cộng hòa Congo",              // 144
	"Cộng hòa Dân chủ Congo",      // 145
	"Costa Rica",                  // 146
	"Croatia",                     // 147
	"Cộng hòa Croatia",            // 148
	"Cuba",                        // 149
	"Djibouti",                    // 150
	"Dominica",                    // 151
	"Cộng hòa Dominicana",         // 152
	"Đan Mạch",                    // 153
	"Đông Timor",                  // 154
	"Đức",                         // 155
	"Ecuador",                     // 156
	"El Salvador",                 // 157
	"Eritrea",                     // 158
	"Estonia",                     // 159
	"Ethiopia",                    // 160
	"Fiji",                        // 161
	"Gabon",                       // 162
	"Gambia",                      // 163
	"Ghana",                       // 164
	"Grenada",                     // 165
	"Gruzia",                      // 166
	"Guatemala",                   // 167
	"Guinea-Bissau",               // 168
	"Guinea Xích Đạo",             // 169
	"Guinea",                      // 170
	"Guyana",                      // 171
	"Haiti",                       // 172
	"Hà Lan",                      // 173
	"Hàn Quốc",                    // 174
	"Hoa Kỳ",                      // 175
	"Honduras",                    // 176
	"Hungary",                     // 177
	"Hy Lạp",                      // 178
	"Iceland",                     // 179
	"Indonesia",                   // 180
	"Iran",                        // 181
	"Iraq",                        // 182
	"Ireland",                     // 183
	"Israel",                      // 184
	"Jamaica",                     // 185
	"Jordan",                      // 186
	"Kazakhstan",                  // 187
	"Kenya",                       // 188
	"Kiribati",                    // 189
	"Kuwait",                      // 190
	"Síp",                         // 191
	"Kyrgyzstan",                  // 192
	"Lào",                         // 193
	"Latvia",                      // 194
	"Lesotho",                     // 195
	"Li ban",                      // 196
	"Liberia",                     // 197
	"Libya",                       // 198
	"Liechtenstein",               // 199
	"Litva",                       // 200
	"Luxembourg",                  // 201
	"Macedonia",                   // 202
	"Madagascar",                  // 203
	"Malawi",                      // 204
	"Malaysia",                    // 205
	"Maldives",                    // 206
	"Mali",                        // 207
	"Malta",                       // 208
	"Maroc",                       // 209
	"Quần đảo Marshall",           // 210
	"Mauritanie",                  // 211
	"Mauritius",                   // 212
	"Mexico",                      // 213
	"Micronesia",                  // 214
	"Moldova",                     // 215
	"Monaco",                      // 216
	"Mông Cổ",                     // 217
	"Montenegro",                  // 218
	"Mozambique",                  // 219
	"Myanma",                      // 220
	"Namibia",                     // 221
	"Nam Sudan",                   // 222
	"Nam Phi",                     // 223
	"Nauru",                       // 224
	"Na Uy",                       // 225
	"Nepal",                       // 226
	"New Zealand",                 // 227
	"Nicaragua",                   // 228
	"Niger",                       // 229
	"Nigeria",                     // 230
	"Nga",                         // 231
	"Nhật Bản",                    // 232
	"Oman",                        // 233
	"Pakistan",                    // 234
	"Palau",                       // 235
	"Panama",                      // 236
	"Papua New Guinea",            // 237
	"Paraguay",                    // 238
	"Peru",                        // 239
	"Pháp",                        // 240
	"Phần Lan",                    // 241
	"Philippines",                 // 242
	"Qatar",                       // 243
	"Romania",                     // 244
	"Rwanda",                      // 245
	"Saint Kitts và Nevis",        // 246
	"Saint Lucia",                 // 247
	"Saint Vincent và Grenadines", // 248
	"Samoa",                       // 249
	"San Marino",                  // 250
	"São Tomé và Príncipe",        // 251
	"Séc",                         // 252
	"Sénégal",                     // 253
	"Serbia",                      // 254
	"Seychelles",                  // 255
	"Sierra Leone",                // 256
	"Singapore",                   // 257
	"Slovakia",                    // 258
	"Slovenia",                    // 259
	"Solomon",                     // 260
	"Somalia",                     // 261
	"Sri Lanka",                   // 262
	"Sudan",                       // 263
	"Suriname",                    // 264
	"Swaziland",                   // 265
	"Syria",                       // 266
	"Tajikistan",                  // 267
	"Tanzania",                    // 268
	"Tây Ban Nha",                 // 269
	"Tchad",                       // 270
	"Thái Lan",                    // 271
	"Thổ Nhĩ Kỳ",                  // 272
	"Thụy Điển",                   // 273
	"Thụy Sĩ",                     // 274
	"Togo",                        // 275
	"Tonga",                       // 276
	"Triều Tiên",                  // 277
	"Trinidad và Tobago",          // 278
	"Trung Quốc",                  // 279
	"Trung Phi",                   // 280
	"Tunisia",                     // 281
	"Turkmenistan",                // 282
	"Tuvalu",                      // 283
	"Úc",                          // 284
	"Uganda",                      // 285
	"Ukraina",                     // 286
	"Uruguay",                     // 287
	"Uzbekistan",                  // 288
	"Vanuatu",                     // 289
	"Thành Vatican",               // 290
	"Venezuela",                   // 291
	"Ý",                           // 292
	"Yemen",                       // 293
	"Zambia",                      // 294
	"Zimbabwe",                    // 295
}
