import { describe, it, expect } from '@jest/globals';
import { inlineToHtml } from './inline-markup.js';

describe('inlineToHtml', () => {
  it.each([
    ['<p>- ข้อบกพร่องที่ตรวจพบ คือ - ไม่มี -</p> <p>- ข้อที่ต้องแก้ไขปรับปรุง คือ - ไม่มี -</p>', '<p>- ข้อบกพร่องที่ตรวจพบ คือ - ไม่มี -</p> <p>- ข้อที่ต้องแก้ไขปรับปรุง คือ - ไม่มี -</p>'],
    ['<b>มาตรการ ตรวจสอบการ ใช้ดุลพินิจ</b>', '<b>มาตรการ ตรวจสอบการ ใช้ดุลพินิจ</b>'],
    ['<ul style="list-style-type: none"> <li>- จัดทำมาตรการตรวจสอบการใช้ดุลพินิจ</li> </ul>', '<ul> <li>- จัดทำมาตรการตรวจสอบการใช้ดุลพินิจ</li> </ul>'],
    ['<input checked="" type="checkbox"/>', '<span class="box">☑</span>'],
    ['<input type="checkbox"/>', '<span class="box">☐</span>'],
    ['1. **ชื่อโครงการ : โครงการโรงเรียนคุณธรรม**', '1. <b>ชื่อโครงการ : โครงการโรงเรียนคุณธรรม</b>'],
    ['** ข้อมูล ณ วันที่ 22 พฤศจิกายน 2565', '** ข้อมูล ณ วันที่ 22 พฤศจิกายน 2565'],
    ['ดูที่ <https://www.nacc.go.th> ครับ', 'ดูที่ https://www.nacc.go.th ครับ'],
    ['คะแนน < 85 & > 70', 'คะแนน &lt; 85 &amp; &gt; 70'],
    ['<div data-bbox="1 2 3 4">ผลผลิต</div>', '<div>ผลผลิต</div>'],
  ])('%s', (seed, html) => {
    expect(inlineToHtml(seed)).toBe(html);
  });
});
