"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AdultBirthday = exports.MINIMUM_AGE = void 0;
exports.ageOn = ageOn;
const class_validator_1 = require("class-validator");
exports.MINIMUM_AGE = 18;
/** Whole years between a YYYY-MM-DD birthday and today, in UTC. */
function ageOn(birthday, today = new Date()) {
    const [year, month, day] = birthday.split('-').map(Number);
    let age = today.getUTCFullYear() - year;
    const beforeBirthday = today.getUTCMonth() + 1 < month ||
        (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
    if (beforeBirthday) {
        age -= 1;
    }
    return age;
}
/** Accepts a real calendar date on which the player is at least 18 today. */
let AdultBirthday = class AdultBirthday {
    validate(value) {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
            return false;
        }
        const date = new Date(`${value}T00:00:00Z`);
        if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
            return false;
        }
        const age = ageOn(value);
        return age >= exports.MINIMUM_AGE && age < 130;
    }
    defaultMessage() {
        return `birthday must be a YYYY-MM-DD date on which the player is at least ${exports.MINIMUM_AGE} years old`;
    }
};
exports.AdultBirthday = AdultBirthday;
exports.AdultBirthday = AdultBirthday = __decorate([
    (0, class_validator_1.ValidatorConstraint)({ name: 'adultBirthday' })
], AdultBirthday);
//# sourceMappingURL=adult-birthday.validator.js.map