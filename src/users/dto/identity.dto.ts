import { UserEntity, UserStatus } from '../user.entity';

/** A player's profile, with the field names of the XCaliber Gaming Platform API. */
export class IdentityDto {
  id: string;
  email: string;
  nickname: string | null;
  first_name: string;
  last_name: string;
  /** YYYY-MM-DD. */
  birthday: string;
  gender: string;
  currency: string;
  country: string;
  language: string;
  jurisdiction: string | null;
  mobile_code: string | null;
  mobile_number: string | null;
  address: string | null;
  city: string | null;
  postcode: string | null;
  accepted_terms: boolean;
  receive_news: boolean;
  receive_sms: boolean;
  receive_snail: boolean;
  receive_phone: boolean;
  deposited: boolean;
  last_login: Date | null;
  /** Seconds between reality-check reminders; 0 when off. */
  reality_check: number;
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
