import { readFormData, writeFormData } from './core-mime.codec';

describe('the simulator\'s MIME codec', () => {
  it('reads back what it writes', () => {
    const body = writeFormData({ ErrorCode: 'Success', Payload: 'ISA*00~\n' }, 'q');
    expect(readFormData(body, 'multipart/form-data; boundary=q')).toEqual({ ErrorCode: 'Success', Payload: 'ISA*00~\n' });
  });

  it('answers undefined for another content type or a body without the boundary', () => {
    expect(readFormData('a=b', 'application/x-www-form-urlencoded')).toBeUndefined();
    expect(readFormData('no parts', 'multipart/form-data; boundary="q"')).toBeUndefined();
  });
});
