import { IsIn, IsString, IsUUID, Matches } from 'class-validator';

const BASE64 = (min: number, max: number): RegExp => new RegExp(`^(?=.{${min},${max}}$)[A-Za-z0-9+/]*={0,2}$`);

/**
 * Content sealed with its signal's data key (AES-256-GCM). The key lives in Passerelle's Postgres
 * (`keys.data_keys`) and is deleted when the signal is erased or purged at term: from then on this
 * is ciphertext nobody can open. The additional authenticated data binds it to the topic it was
 * written to, the signal id and the event id (`passerelle.sealed.v1␀<topic>␀<signalId>␀<eventId>`),
 * so it cannot be replayed under another event, signal or topic.
 */
export class SealedContent {
  @IsIn(['A256GCM']) alg!: 'A256GCM';
  /** The data key's id: the signal id. */
  @IsUUID() keyId!: string;
  /** 96-bit nonce, base64. */
  @IsString() @Matches(/^[A-Za-z0-9+/]{16}$/) iv!: string;
  /** The content (the JSON of the signal, or of an analyst's feedback detail), base64. */
  @IsString() @Matches(BASE64(4, 1400000)) ciphertext!: string;
  /** 128-bit authentication tag, base64. */
  @IsString() @Matches(/^[A-Za-z0-9+/]{22}==$/) tag!: string;
}
