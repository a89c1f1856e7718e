import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

/** Body of `POST /v1/signals/batch`. */
export class SignalBatch {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) signals!: unknown[];
}
