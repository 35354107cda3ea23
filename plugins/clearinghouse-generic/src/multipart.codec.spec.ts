import { boundaryOf, decodeMultipart, encodeMultipart } from './multipart.codec';

describe('multipart codec', () => {
  it('writes fields with CRLF and reads them back exactly, trailing newlines of a value included', () => {
    const fields = [{ name: 'PayloadType', value: 'X12_270_Request_005010X279A1' }, { name: 'Payload', value: 'ISA*00~\nIEA*1*1~\n' }];
    const body = encodeMultipart(fields, 'b1');
    expect(body).toBe(
      '--b1\r\nContent-Disposition: form-data; name="PayloadType"\r\n\r\nX12_270_Request_005010X279A1\r\n' +
      '--b1\r\nContent-Disposition: form-data; name="Payload"\r\n\r\nISA*00~\nIEA*1*1~\n\r\n--b1--\r\n',
    );
    expect(decodeMultipart(body, 'b1')).toEqual(fields);
  });

  it('reads LF-only bodies, parts with extra headers and ignores the epilogue', () => {
    const body = 'preamble\n--x\nContent-Disposition: form-data; name="ErrorCode"\nContent-Type: text/plain\n\nSuccess\n--x--\nepilogue --x trailing';
    expect(decodeMultipart(body, 'x')).toEqual([{ name: 'ErrorCode', value: 'Success' }]);
  });

  it('answers undefined for a body without the boundary and refuses a value holding it', () => {
    expect(decodeMultipart('just text', 'x')).toBeUndefined();
    expect(() => encodeMultipart([{ name: 'Payload', value: 'a--b1b' }], 'b1')).toThrow('the value of Payload contains the multipart boundary');
  });

  it('finds the boundary of quoted and plain content types, and none of other types', () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('Multipart/Form-Data;boundary=abc; charset=utf-8')).toBe('abc');
    expect(boundaryOf('text/plain; boundary=abc')).toBeUndefined();
    expect(boundaryOf(undefined)).toBeUndefined();
  });
});
