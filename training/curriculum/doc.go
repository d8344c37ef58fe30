// Package curriculum holds what a digital-skills program teaches:
// competence frameworks and the courses mapped to them. It is plain data,
// apart from the checks that keep it consistent, so that package training
// (classes, attendance, completion) and a program's own tools read the
// same definitions.
//
// TT02 (Thông tư 02/2025/TT-BGDĐT: 6 domains, 24 competences, 8 levels),
// DigComp22 and BasicCitizen (Quyết định 757/QĐ-BKHCN, with its group 0,
// using the device) are built in; Equivalent links their competences. A
// program builds its own Framework the same way and checks it with
// Validate. A Course maps lessons, taken in order, to competences at a
// level.
//
// Errors start with "curriculum:", say what is wrong and where, and wrap
// ErrInvalid, for errors.Is.
package curriculum
