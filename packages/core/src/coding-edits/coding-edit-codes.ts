/** A HCPCS Level II or CPT code as the CMS edit tables print it: five letters or digits (`99213`, `J3490`, `0591T`). */
export const EDIT_CODE = /^[A-Z0-9]{5}$/;

/** What {@link EDIT_CODE} accepts, for error messages. */
export const EDIT_CODE_DESCRIPTION = 'a five-character HCPCS/CPT code';

/** At most this many bad cells are named in one refusal of a file. */
export const MAX_FILE_ERRORS = 50;
