"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdentityDto = void 0;
const openapi = require("@nestjs/swagger");
/** A player's profile, with the field names of the XCaliber Gaming Platform API. */
class IdentityDto {
    /** @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" */
    id;
    /** @example "demo@xcasino.test" */
    email;
    /** @example "demo" */
    nickname;
    /** @example "Demo" */
    first_name;
    /** @example "Player" */
    last_name;
    /**
     * YYYY-MM-DD.
     * @example "1990-01-01"
     */
    birthday;
    /** @example "other" */
    gender;
    /** @example "EUR" */
    currency;
    /** @example "MT" */
    country;
    /** @example "en" */
    language;
    /** @example "MT" */
    jurisdiction;
    /** @example "+356" */
    mobile_code;
    /** @example "79000000" */
    mobile_number;
    /** @example "1 Republic Street" */
    address;
    /** @example "Valletta" */
    city;
    /** @example "VLT 1117" */
    postcode;
    /** @example true */
    accepted_terms;
    /** @example false */
    receive_news;
    /** @example false */
    receive_sms;
    /** @example false */
    receive_snail;
    /** @example false */
    receive_phone;
    /** @example true */
    deposited;
    /** @example "2026-01-15T09:30:00.000Z" */
    last_login;
    /**
     * Seconds between reality-check reminders; 0 when off.
     * @example 3600
     */
    reality_check;
    /** @example "active" */
    status;
    static from(user) {
        return {
            id: user.id,
            email: user.email,
            nickname: user.nickname,
            first_name: user.firstName,
            last_name: user.lastName,
            birthday: user.birthday,
            gender: user.gender,
            currency: user.currency,
            country: user.country,
            language: user.language,
            jurisdiction: user.jurisdiction,
            mobile_code: user.mobileCode,
            mobile_number: user.mobileNumber,
            address: user.address,
            city: user.city,
            postcode: user.postcode,
            accepted_terms: user.acceptedTerms,
            receive_news: user.receiveNews,
            receive_sms: user.receiveSms,
            receive_snail: user.receiveSnail,
            receive_phone: user.receivePhone,
            deposited: user.deposited,
            last_login: user.lastLogin,
            reality_check: user.realityCheck,
            status: user.status,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" }, email: { required: true, type: () => String, example: "demo@xcasino.test" }, nickname: { required: true, type: () => String, nullable: true, example: "demo" }, first_name: { required: true, type: () => String, example: "Demo" }, last_name: { required: true, type: () => String, example: "Player" }, birthday: { required: true, type: () => String, description: "YYYY-MM-DD.", example: "1990-01-01" }, gender: { required: true, type: () => String, example: "other" }, currency: { required: true, type: () => String, example: "EUR" }, country: { required: true, type: () => String, example: "MT" }, language: { required: true, type: () => String, example: "en" }, jurisdiction: { required: true, type: () => String, nullable: true, example: "MT" }, mobile_code: { required: true, type: () => String, nullable: true, example: "+356" }, mobile_number: { required: true, type: () => String, nullable: true, example: "79000000" }, address: { required: true, type: () => String, nullable: true, example: "1 Republic Street" }, city: { required: true, type: () => String, nullable: true, example: "Valletta" }, postcode: { required: true, type: () => String, nullable: true, example: "VLT 1117" }, accepted_terms: { required: true, type: () => Boolean, example: true }, receive_news: { required: true, type: () => Boolean, example: false }, receive_sms: { required: true, type: () => Boolean, example: false }, receive_snail: { required: true, type: () => Boolean, example: false }, receive_phone: { required: true, type: () => Boolean, example: false }, deposited: { required: true, type: () => Boolean, example: true }, last_login: { required: true, type: () => Date, nullable: true, example: "2026-01-15T09:30:00.000Z" }, reality_check: { required: true, type: () => Number, description: "Seconds between reality-check reminders; 0 when off.", example: 3600 }, status: { required: true, example: "active", enum: ["pending", "active", "locked", "self_excluded", "closed"] } };
    }
}
exports.IdentityDto = IdentityDto;
//# sourceMappingURL=identity.dto.js.map