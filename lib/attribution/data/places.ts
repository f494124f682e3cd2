/**
 * A gazetteer of general knowledge, not of any one story: the world's countries (short names) and
 * their capitals, and a few regions and world cities news writes about often. A capitalised run
 * that starts with one of these, or with its people's name ("Syrian", "Turkish"), is a place or
 * a nationality, not a person.
 */
const COUNTRIES =
  'Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados ' +
  'Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada ' +
  'Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia ' +
  'Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras ' +
  'Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait ' +
  'Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali ' +
  'Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal ' +
  'Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar ' +
  'Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden ' +
  'Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Trinidad Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine ' +
  'Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe England Scotland Wales Britain America Europe Africa Asia ' +
  'Kurdistan Gaza Crimea Donbas Kashmir Tibet Balkans Caucasus Sahel Gulf Levant';
const CAPITALS =
  'Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Sarajevo Brasilia Sofia Ottawa Santiago ' +
  'Beijing Bogota Havana Nicosia Prague Copenhagen Cairo Tallinn Addis Helsinki Paris Tbilisi Berlin Accra Athens Budapest Reykjavik ' +
  'Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome Kingston Tokyo Amman Astana Nairobi Pristina Bishkek Vientiane Riga Beirut ' +
  'Tripoli Vilnius Antananarivo Lilongwe Kuala Bamako Valletta Nouakchott Chisinau Ulaanbaatar Podgorica Rabat Maputo Naypyidaw ' +
  'Windhoek Kathmandu Amsterdam Managua Niamey Abuja Pyongyang Oslo Muscat Islamabad Ramallah Lima Manila Warsaw Lisbon Doha ' +
  'Bucharest Moscow Kigali Riyadh Dakar Belgrade Bratislava Ljubljana Mogadishu Pretoria Seoul Juba Madrid Colombo Khartoum ' +
  'Stockholm Bern Damascus Taipei Dushanbe Dodoma Bangkok Tunis Ankara Ashgabat Kampala Kyiv Kiev London Washington Montevideo ' +
  'Tashkent Caracas Hanoi Sanaa Lusaka Harare Edinburgh Cardiff Belfast New York Istanbul Dubai Mumbai Shanghai Hong Kong ' +
  'Los Angeles Chicago Sydney Toronto Geneva Brussels Davos Aleppo Mosul Tel Aviv';

/** The gazetteer's words, and the stems nationalities are made from ("Syri" → "Syrian", "Turk" → "Turkish"). */
export const PLACES: ReadonlySet<string> = new Set(`${COUNTRIES} ${CAPITALS}`.split(/\s+/));
const STEMS = [...PLACES]
  .filter((p) => COUNTRIES.includes(p))
  .map((c) => c.replace(/(?:ia|a|e|y|o)$/, '').slice(0, Math.max(4, c.length - 2)));

/** "Syria", "Damascus", "Syrian", "Syria's", "Turkish", "Israeli": a place or its people. */
export function isPlaceWord(word: string): boolean {
  const w = word.replace(/['’]s$/, '');
  if (PLACES.has(w)) return true;
  return /(?:ian|ean|an|i|ese|ish|ic)$/.test(w) && STEMS.some((s) => w.startsWith(s) && w.length - s.length <= 4);
}
