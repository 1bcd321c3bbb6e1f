import { UserEntity, UserStatus } from '../user.entity';

/** A player's profile, with the field names of the XCaliber Gaming Platform API. */
export class IdentityDto {
  /** @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" */
  id: string;
  /** @example "demo@xcasino.test" */
  email: string;
  /** @example "demo" */
  nickname: string | null;
  /** @example "Demo" */
  first_name: string;
  /** @example "Player" */
  last_name: string;
  /**
   * YYYY-MM-DD.
   * @example "1990-01-01"
   */
  birthday: string;
  /** @example "other" */
  gender: string;
  /** @example "EUR" */
  currency: string;
  /** @example "MT" */
  country: string;
  /** @example "en" */
  language: string;
  /** @example "MT" */
  jurisdiction: string | null;
  /** @example "+356" */
  mobile_code: string | null;
  /** @example "79000000" */
  mobile_number: string | null;
  /** @example "1 Republic Street" */
  address: string | null;
  /** @example "Valletta" */
  city: string | null;
  /** @example "VLT 1117" */
  postcode: string | null;
  /** @example true */
  accepted_terms: boolean;
  /** @example false */
  receive_news: boolean;
  /** @example false */
  receive_sms: boolean;
  /** @example false */
  receive_snail: boolean;
  /** @example false */
  receive_phone: boolean;
  /** @example true */
  deposited: boolean;
  /** @example "2026-01-15T09:30:00.000Z" */
  last_login: Date | null;
  /**
   * Seconds between reality-check reminders; 0 when off.
   * @example 3600
   */
  reality_check: number;
  /** @example "active" */
  status: UserStatus;

  static from(user: UserEntity): IdentityDto {
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
}
