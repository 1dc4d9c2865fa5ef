import { sourceLanguage, type BoardLanguage } from '../i18n/boardLanguage.ts'
import { boardT } from '../i18n/boardWords.ts'

/**
 * The picture library: OpenMoji pictures (CC BY-SA 4.0) chosen for
 * co-production work, in plain-word groups. Served by WeSee itself at
 * `pictureUrl(id)`; see `openMojiAttribution` for the credit its licence asks
 * for.
 */

/** One picture in the library. */
export interface LibraryPicture {
  /** OpenMoji hexcode, e.g. `1F68C`; the picture is at `pictureUrl(id)`. */
  id: string
  /** What the picture is called, out loud and on screen: short, plain, spoken words. */
  name: string
  /** Everyday words people might search for (lower case). */
  words: readonly string[]
}

/** Ids of the picture groups. Names are for people, ids for code. */
export const PictureGroupId = {
  PeopleAndFeelings: 'people-feelings',
  Home: 'home',
  HealthAndCare: 'health-care',
  MoneyAndBenefits: 'money-benefits',
  WorkAndLearning: 'work-learning',
  Travel: 'travel',
  Food: 'food',
  PlacesAndServices: 'places-services',
  Time: 'time',
  YesNoMaybe: 'yes-no-maybe',
} as const

export type PictureGroupId = (typeof PictureGroupId)[keyof typeof PictureGroupId]

/** A group of pictures, shown as one tab or section of the Pictures panel. */
export interface PictureGroup {
  id: PictureGroupId
  /** Plain words for the group, e.g. "Health and care" (from the `board` catalogue, `pictureGroups.<id>`). */
  name: string
  /** A picture that stands for the whole group (e.g. on its tab). */
  coverId: string
  pictures: readonly LibraryPicture[]
}

function picture(id: string, name: string, ...words: string[]): LibraryPicture {
  return { id, name, words }
}

/** The library, group by group, in the order the Pictures panel shows them. */
const groupsAsWritten: readonly Omit<PictureGroup, 'name'>[] = [
  {
    id: PictureGroupId.PeopleAndFeelings,
    coverId: '1F600',
    pictures: [
      picture('1F600', 'Happy', 'happy', 'smile', 'glad', 'good', 'joy', 'pleased'),
      picture('1F642', 'Fine', 'fine', 'ok', 'okay', 'alright', 'smile', 'content'),
      picture('1F610', 'So-so', 'so-so', 'neutral', 'meh', 'not bothered', 'in between'),
      picture('1F622', 'Sad', 'sad', 'cry', 'crying', 'upset', 'unhappy', 'tears'),
      picture('1F62D', 'Very sad', 'very sad', 'crying', 'upset', 'grief', 'heartbroken', 'tears'),
      picture('1F614', 'Feeling low', 'low', 'down', 'sad', 'lonely', 'depressed', 'fed up'),
      picture('1F620', 'Angry', 'angry', 'cross', 'mad', 'annoyed', 'furious', 'frustrated'),
      picture('1F61F', 'Worried', 'worried', 'worry', 'anxious', 'nervous', 'concerned', 'stress'),
      picture('1F628', 'Scared', 'scared', 'afraid', 'fear', 'frightened', 'unsafe'),
      picture('1F615', 'Confused', 'confused', 'puzzled', 'unsure', 'lost', 'do not understand'),
      picture('1F62B', 'Tired', 'tired', 'exhausted', 'worn out', 'weary'),
      picture('1F60C', 'Calm', 'calm', 'relieved', 'relaxed', 'peaceful', 'safe'),
      picture('1F633', 'Embarrassed', 'embarrassed', 'shy', 'blush', 'awkward', 'ashamed'),
      picture('1F914', 'Thinking', 'thinking', 'think', 'wonder', 'hmm', 'question'),
      picture('1F970', 'Loved', 'loved', 'love', 'cared for', 'hearts', 'affection'),
      picture('2764', 'Heart', 'heart', 'love', 'care', 'like', 'kindness'),
      picture('1F494', 'Broken heart', 'broken heart', 'heartbreak', 'hurt', 'loss', 'grief'),
      picture('1F9D1', 'Person', 'person', 'someone', 'me', 'you', 'adult'),
      picture('1F465', 'People', 'people', 'group', 'we', 'us', 'team', 'together', 'community'),
      picture(
        '1F9D1-200D-1F91D-200D-1F9D1',
        'Friends',
        'friends',
        'friend',
        'holding hands',
        'together',
        'partner',
      ),
      picture('1FAC2', 'Hug', 'hug', 'comfort', 'support', 'cuddle'),
      picture('1F46A', 'Family', 'family', 'parents', 'children', 'kids', 'relatives'),
      picture('1F476', 'Baby', 'baby', 'newborn', 'infant'),
      picture('1F9D2', 'Child', 'child', 'kid', 'children', 'young person'),
      picture('1F9D3', 'Older person', 'older person', 'old', 'elderly', 'grandparent', 'grandma', 'grandad'),
      picture('1F5E3', 'Speaking', 'speak', 'speaking', 'talk', 'voice', 'say', 'tell'),
      picture('1F4AC', 'Talking', 'talk', 'talking', 'chat', 'conversation', 'comment', 'speech bubble'),
      picture('1F442', 'Listening', 'listen', 'listening', 'hear', 'ear'),
      picture('1F44B', 'Hello', 'hello', 'hi', 'wave', 'goodbye', 'bye', 'welcome'),
      picture('1F64B', 'Hand up', 'hand up', 'ask', 'question', 'me', 'volunteer', 'my turn'),
      picture('1F91D', 'Handshake', 'handshake', 'agree', 'deal', 'meet', 'partnership', 'together'),
      picture('1F44F', 'Clapping', 'clap', 'clapping', 'well done', 'thank you', 'applause'),
    ],
  },
  {
    id: PictureGroupId.Home,
    coverId: '1F3E0',
    pictures: [
      picture('1F3E0', 'House', 'house', 'home'),
      picture('1F3E1', 'House with garden', 'garden', 'house', 'home', 'yard'),
      picture('1F3D8', 'Houses', 'houses', 'housing', 'street', 'neighbours', 'estate', 'council house'),
      picture('1F3DA', 'House needing repair', 'repair', 'repairs', 'damp', 'mould', 'broken', 'empty house'),
      picture('1F6AA', 'Door', 'door', 'front door', 'knock', 'enter'),
      picture('1F511', 'Key', 'key', 'keys', 'lock', 'tenancy', 'moving in'),
      picture('1F4E6', 'Boxes', 'box', 'boxes', 'moving house', 'parcel', 'delivery', 'package'),
      picture('1F6CF', 'Bed', 'bed', 'bedroom', 'sleep'),
      picture('1F6CB', 'Sofa', 'sofa', 'couch', 'living room', 'lounge', 'furniture'),
      picture('1FA91', 'Chair', 'chair', 'seat', 'sit'),
      picture('1F6BD', 'Toilet', 'toilet', 'loo', 'bathroom', 'wc'),
      picture('1F6BF', 'Shower', 'shower', 'wash', 'bathroom'),
      picture('1F6C1', 'Bath', 'bath', 'bathtub', 'wash', 'bathroom'),
      picture('1FA9F', 'Window', 'window', 'windows'),
      picture('1F321', 'Heating', 'heating', 'temperature', 'warm', 'cold', 'thermometer'),
      picture('1F50C', 'Electricity', 'electricity', 'power', 'plug', 'energy', 'energy bill'),
      picture('1F4FA', 'Television', 'television', 'tv', 'telly', 'watch tv'),
      picture('1F4A7', 'Water', 'water', 'leak', 'drip', 'water bill'),
      picture('1F9F9', 'Cleaning', 'clean', 'cleaning', 'sweep', 'broom', 'housework', 'chores'),
      picture('E1CF', 'Washing machine', 'washing machine', 'laundry', 'washing', 'clothes'),
      picture('1F5D1', 'Bin', 'bin', 'rubbish', 'waste', 'bin day', 'litter'),
      picture('1F415', 'Dog', 'dog', 'pet', 'pets'),
    ],
  },
  {
    id: PictureGroupId.HealthAndCare,
    coverId: '1F3E5',
    pictures: [
      picture('E300', 'Doctor', 'doctor', 'gp', 'surgery', 'medic', 'appointment'),
      picture('E302', 'Nurse', 'nurse', 'nursing', 'health visitor'),
      picture('1F9D1-200D-2695-FE0F', 'Health worker', 'health worker', 'doctor', 'nurse', 'carer', 'health'),
      picture('1FAF6', 'Care', 'care', 'carer', 'caring', 'kindness', 'support'),
      picture('1F3E5', 'Hospital', 'hospital', 'a and e', 'ward', 'emergency', 'clinic'),
      picture('1F691', 'Ambulance', 'ambulance', 'emergency', 'paramedic', '999'),
      picture(
        '1F48A',
        'Medicine',
        'medicine',
        'tablets',
        'pills',
        'pill',
        'prescription',
        'pharmacy',
        'chemist',
      ),
      picture('1F489', 'Injection', 'injection', 'jab', 'vaccine', 'needle'),
      picture('1FA7A', 'Check-up', 'check-up', 'stethoscope', 'doctor', 'health check'),
      picture('1F912', 'Feeling ill', 'ill', 'sick', 'poorly', 'unwell', 'fever', 'temperature'),
      picture('1F915', 'Hurt', 'hurt', 'injury', 'injured', 'head injury', 'bandage'),
      picture('E31D', 'Headache', 'headache', 'pain', 'migraine'),
      picture('E321', 'Back pain', 'back pain', 'backache', 'pain'),
      picture('1F637', 'Face mask', 'face mask', 'mask', 'cold', 'flu', 'covid', 'germs'),
      picture('1F9B7', 'Teeth', 'teeth', 'tooth', 'dentist', 'toothache'),
      picture('1F441', 'Eye', 'eye', 'eyes', 'see', 'sight', 'optician'),
      picture('1F9BB', 'Hearing aid', 'hearing aid', 'hearing', 'deaf', 'ear'),
      picture('1F9CF', 'Deaf person', 'deaf', 'sign language', 'bsl', 'hearing'),
      picture('1F9E0', 'Mind', 'mind', 'mental health', 'brain', 'memory', 'thinking'),
      picture('1FAC0', 'Heart health', 'heart health', 'heart', 'heart attack', 'blood pressure'),
      picture('1F9D1-200D-1F9BD', 'Wheelchair user', 'wheelchair', 'disabled', 'disability', 'access'),
      picture('1F9AF', 'White cane', 'white cane', 'blind', 'sight loss', 'visually impaired'),
      picture('1F9AE', 'Guide dog', 'guide dog', 'assistance dog', 'blind'),
      picture('1FA7C', 'Crutch', 'crutch', 'crutches', 'walking aid', 'mobility'),
      picture('1FA79', 'Plaster', 'plaster', 'cut', 'first aid', 'bandage'),
      picture('E140', 'First aid kit', 'first aid', 'first aid kit', 'help'),
      picture('1F6CC', 'Resting in bed', 'rest', 'resting', 'bed', 'care home', 'ill'),
    ],
  },
  {
    id: PictureGroupId.MoneyAndBenefits,
    coverId: '1F4B7',
    pictures: [
      picture('1F4B7', 'Money', 'money', 'pounds', 'cash', 'notes', 'banknote', 'income'),
      picture('1FA99', 'Coin', 'coin', 'coins', 'money', 'change', 'pennies'),
      picture('1F4B0', 'Bag of money', 'money bag', 'money', 'wages', 'pay', 'salary', 'benefits'),
      picture('1F4B8', 'Money going', 'spending', 'bills', 'debt', 'cost', 'expensive', 'money'),
      picture('1F45B', 'Purse', 'purse', 'wallet', 'money'),
      picture('1F4B3', 'Bank card', 'bank card', 'card', 'debit card', 'credit card', 'pay'),
      picture('1F3E6', 'Bank', 'bank', 'building society', 'account', 'loan'),
      picture('1F3E7', 'Cash machine', 'cash machine', 'cashpoint', 'atm'),
      picture('1F9FE', 'Bill', 'bill', 'bills', 'receipt', 'invoice', 'rent'),
      picture('1FA8E', 'Savings', 'savings', 'save', 'treasure'),
      picture('1F381', 'Gift', 'gift', 'present', 'free', 'donation', 'grant'),
      picture('2709', 'Letter', 'letter', 'post', 'mail', 'envelope', 'brown envelope'),
      picture('1F4C4', 'Form', 'form', 'forms', 'paperwork', 'document', 'application', 'claim'),
      picture('1F4DD', 'Filling in a form', 'fill in', 'form', 'write', 'application', 'notes'),
      picture('1F4CB', 'Assessment', 'assessment', 'checklist', 'clipboard', 'questions', 'review'),
      picture('1FAAA', 'ID card', 'id', 'id card', 'identity', 'proof', 'badge'),
      picture('2696', 'Fair', 'fair', 'fairness', 'justice', 'rights', 'appeal', 'equal', 'law'),
      picture('1F4C8', 'Going up', 'going up', 'more', 'rise', 'increase', 'growing'),
      picture('1F4C9', 'Going down', 'going down', 'less', 'fall', 'cut', 'cuts', 'decrease'),
    ],
  },
  {
    id: PictureGroupId.WorkAndLearning,
    coverId: '1F4BC',
    pictures: [
      picture('1F4BC', 'Work', 'work', 'job', 'briefcase', 'employment', 'career'),
      picture('1F9D1-200D-1F4BC', 'Office worker', 'office worker', 'office', 'staff', 'manager', 'worker'),
      picture('1F9D1-200D-1F3EB', 'Teacher', 'teacher', 'tutor', 'trainer', 'lesson'),
      picture('1F9D1-200D-1F393', 'Student', 'student', 'learner', 'college', 'university'),
      picture('1F3EB', 'School', 'school', 'college', 'education', 'class'),
      picture('1F393', 'Qualification', 'qualification', 'certificate', 'graduate', 'course', 'exam'),
      picture('1F4DA', 'Books', 'books', 'reading', 'library', 'learn', 'study'),
      picture('1F4D6', 'Reading', 'read', 'reading', 'book', 'story'),
      picture('270F', 'Pencil', 'pencil', 'write', 'writing', 'draw'),
      picture('1F58A', 'Pen', 'pen', 'write', 'sign', 'signature'),
      picture('1F4BB', 'Laptop', 'laptop', 'computer', 'online', 'internet', 'email'),
      picture('1F5A5', 'Computer', 'computer', 'desktop', 'pc', 'screen'),
      picture('1F4A1', 'Idea', 'idea', 'ideas', 'light bulb', 'think', 'light'),
      picture('1F9D1-200D-1F3A8', 'Artist', 'artist', 'art', 'painting', 'drawing', 'creative'),
      picture('1F9D1-200D-1F373', 'Cook', 'cook', 'chef', 'kitchen', 'catering'),
      picture('1F9D1-200D-1F527', 'Mechanic', 'mechanic', 'repair', 'fix', 'trade'),
      picture('1F477', 'Builder', 'builder', 'construction', 'building site', 'trade'),
      picture('1F9D1-200D-1F33E', 'Farmer', 'farmer', 'farm', 'gardener', 'gardening', 'outdoors'),
      picture('1F9D1-200D-1F3ED', 'Factory worker', 'factory worker', 'factory', 'worker', 'warehouse'),
      picture('1F9D1-200D-1F4BB', 'Computer worker', 'computer worker', 'it', 'technology', 'coder'),
      picture('1F6E0', 'Tools', 'tools', 'fix', 'repair', 'diy', 'skills'),
    ],
  },
  {
    id: PictureGroupId.Travel,
    coverId: '1F68C',
    pictures: [
      picture('1F68C', 'Bus', 'bus', 'coach', 'public transport'),
      picture('1F68F', 'Bus stop', 'bus stop', 'stop', 'waiting', 'timetable'),
      picture('1F686', 'Train', 'train', 'railway', 'rail'),
      picture('1F689', 'Station', 'station', 'train station', 'platform'),
      picture('1F687', 'Underground', 'underground', 'metro', 'tube', 'subway'),
      picture('1F68A', 'Tram', 'tram', 'light rail'),
      picture('1F695', 'Taxi', 'taxi', 'cab', 'minicab'),
      picture('1F697', 'Car', 'car', 'drive', 'driving', 'lift'),
      picture('1F6B2', 'Bicycle', 'bicycle', 'bike', 'cycle', 'cycling'),
      picture('1F6B6', 'Walking', 'walk', 'walking', 'on foot'),
      picture('1F6F5', 'Scooter', 'scooter', 'moped', 'mobility scooter'),
      picture('1F3CD', 'Motorbike', 'motorbike', 'motorcycle'),
      picture('2708', 'Plane', 'plane', 'aeroplane', 'airport', 'flight', 'fly', 'holiday'),
      picture('1F6A2', 'Ship', 'ship', 'boat', 'ferry'),
      picture('1F6E3', 'Road', 'road', 'motorway', 'journey'),
      picture('1F6A6', 'Traffic lights', 'traffic lights', 'crossing', 'road safety'),
      picture('1F17F', 'Parking', 'parking', 'car park', 'blue badge'),
      picture('26FD', 'Petrol', 'petrol', 'fuel', 'diesel', 'petrol station'),
      picture('1F3AB', 'Ticket', 'ticket', 'fare', 'bus pass', 'travel card'),
      picture('1F5FA', 'Map', 'map', 'directions', 'find the way', 'where'),
      picture('E094', 'Signpost', 'signpost', 'sign', 'directions', 'way'),
      picture('1F9F3', 'Suitcase', 'suitcase', 'luggage', 'holiday', 'trip', 'bag'),
    ],
  },
  {
    id: PictureGroupId.Food,
    coverId: '1F37D',
    pictures: [
      picture('1F37D', 'Meal', 'meal', 'eat', 'food', 'dinner', 'lunch', 'plate'),
      picture('1F372', 'Hot meal', 'hot meal', 'stew', 'soup', 'dinner', 'cooked meal'),
      picture('1F373', 'Cooking', 'cooking', 'cook', 'frying pan', 'kitchen'),
      picture('1F963', 'Breakfast', 'breakfast', 'cereal', 'porridge', 'bowl'),
      picture('1F96A', 'Sandwich', 'sandwich', 'lunch', 'packed lunch'),
      picture('1F35E', 'Bread', 'bread', 'loaf', 'toast'),
      picture('1F34E', 'Apple', 'apple', 'fruit'),
      picture('1F34C', 'Banana', 'banana', 'fruit'),
      picture('1F955', 'Carrot', 'carrot', 'vegetables', 'veg'),
      picture('1F966', 'Broccoli', 'broccoli', 'vegetables', 'veg', 'greens', 'healthy eating'),
      picture('1F954', 'Potato', 'potato', 'potatoes', 'vegetables'),
      picture('1F95A', 'Egg', 'egg', 'eggs'),
      picture('1F9C0', 'Cheese', 'cheese'),
      picture('1F357', 'Chicken', 'chicken', 'meat'),
      picture('1F355', 'Pizza', 'pizza', 'takeaway'),
      picture('1F35F', 'Chips', 'chips', 'fries', 'takeaway'),
      picture('1F957', 'Salad', 'salad', 'healthy eating', 'vegetables'),
      picture('1F370', 'Cake', 'cake', 'treat', 'dessert', 'pudding'),
      picture('1F36A', 'Biscuit', 'biscuit', 'cookie', 'snack'),
      picture('2615', 'Cup of tea', 'tea', 'coffee', 'cuppa', 'hot drink', 'break'),
      picture('1F95B', 'Milk', 'milk', 'drink'),
      picture('1F6B0', 'Drinking water', 'water', 'drinking water', 'tap', 'drink'),
      picture('1F964', 'Soft drink', 'soft drink', 'juice', 'squash', 'pop', 'fizzy drink'),
      picture('1F96B', 'Tinned food', 'tin', 'tins', 'tinned food', 'food bank', 'cupboard'),
      picture('1F6D2', 'Food shopping', 'shopping', 'supermarket', 'trolley', 'food shop'),
    ],
  },
  {
    id: PictureGroupId.PlacesAndServices,
    coverId: '1F3DB',
    pictures: [
      picture('1F3DB', 'Council', 'council', 'town hall', 'government', 'library', 'museum'),
      picture('1F3D9', 'Town', 'town', 'city', 'town centre', 'high street'),
      picture('1F3E2', 'Office building', 'office', 'offices', 'building', 'flats'),
      picture('1F3EA', 'Shop', 'shop', 'corner shop', 'local shop', 'store'),
      picture('1F3EC', 'Shopping centre', 'shopping centre', 'shops', 'department store'),
      picture('1F3E4', 'Post office', 'post office', 'post', 'parcel'),
      picture('E200', 'Café', 'cafe', 'café', 'canteen', 'coffee shop'),
      picture('1F333', 'Park', 'park', 'tree', 'nature', 'green space', 'outdoors'),
      picture('1F3DF', 'Stadium', 'stadium', 'sport', 'football', 'match', 'leisure'),
      picture('1F3CA', 'Swimming', 'swimming', 'swimming pool', 'leisure centre', 'swim'),
      picture('1F488', 'Hairdresser', 'hairdresser', 'barber', 'haircut'),
      picture('1F46E', 'Police officer', 'police officer', 'police', 'officer'),
      picture('1F693', 'Police car', 'police car', 'police'),
      picture('1F692', 'Fire engine', 'fire engine', 'fire service', 'firefighters', 'fire'),
      picture('1F9D1-200D-2696-FE0F', 'Judge', 'judge', 'court', 'law', 'tribunal'),
      picture(
        '1F6D0',
        'Place of worship',
        'place of worship',
        'faith',
        'church',
        'mosque',
        'temple',
        'prayer',
      ),
      picture('1F4DE', 'Phone call', 'phone', 'phone call', 'call', 'ring', 'helpline'),
      picture('1F4F1', 'Mobile phone', 'mobile', 'mobile phone', 'text', 'smartphone', 'app'),
      picture('1F4E7', 'Email', 'email', 'e-mail', 'message', 'online'),
      picture('1F6BB', 'Toilets', 'toilets', 'toilet', 'loo', 'restroom'),
      picture('267F', 'Accessible', 'accessible', 'access', 'disabled access', 'ramp', 'wheelchair'),
      picture('1F6D7', 'Lift', 'lift', 'elevator', 'stairs', 'access'),
    ],
  },
  {
    id: PictureGroupId.Time,
    coverId: '1F570',
    pictures: [
      picture('1F570', 'Clock', 'clock', 'time', 'what time'),
      picture('231A', 'Watch', 'watch', 'time'),
      picture('23F0', 'Alarm clock', 'alarm', 'alarm clock', 'wake up', 'late'),
      picture('23F3', 'Waiting', 'waiting', 'wait', 'hourglass', 'sand timer', 'waiting list'),
      picture('23F1', 'Timer', 'timer', 'stopwatch', 'minutes', 'quick'),
      picture('1F4C5', 'Date', 'date', 'day', 'appointment', 'calendar'),
      picture('1F5D3', 'Calendar', 'calendar', 'diary', 'plan', 'week', 'month', 'schedule'),
      picture('1F305', 'Morning', 'morning', 'sunrise', 'early', 'dawn'),
      picture('2600', 'Daytime', 'daytime', 'day', 'sun', 'sunny', 'afternoon'),
      picture('1F307', 'Evening', 'evening', 'sunset'),
      picture('1F303', 'Night', 'night', 'night-time', 'dark', 'late'),
      picture('1F319', 'Bedtime', 'bedtime', 'moon', 'night'),
      picture('1F338', 'Spring', 'spring', 'blossom', 'flowers'),
      picture('1F3D6', 'Summer', 'summer', 'beach', 'holiday', 'hot'),
      picture('1F342', 'Autumn', 'autumn', 'fall', 'leaves'),
      picture('2744', 'Winter', 'winter', 'snow', 'cold', 'snowflake'),
      picture('23EA', 'Before', 'before', 'past', 'earlier', 'back then', 'rewind'),
      picture('23E9', 'Later', 'later', 'future', 'next', 'soon', 'after'),
      picture('1F382', 'Birthday', 'birthday', 'birthday cake', 'celebrate'),
      picture('1F389', 'Celebration', 'celebration', 'celebrate', 'party', 'well done'),
    ],
  },
  {
    id: PictureGroupId.YesNoMaybe,
    coverId: '2705',
    pictures: [
      picture('2705', 'Yes', 'yes', 'agree', 'right', 'done', 'tick'),
      picture('274C', 'No', 'no', 'disagree', 'wrong', 'cross'),
      picture('1F937', 'Maybe', 'maybe', 'not sure', 'do not know', "don't know", 'unsure', 'shrug'),
      picture('2753', 'Question', 'question', 'ask', 'why', 'what', 'how', 'question mark'),
      picture('1F44D', 'Thumbs up', 'thumbs up', 'good', 'like', 'agree', 'yes'),
      picture('1F44E', 'Thumbs down', 'thumbs down', 'bad', 'dislike', 'disagree', 'no'),
      picture('1F44C', 'OK', 'ok', 'okay', 'fine', 'alright', 'good'),
      picture('1F646', 'That is OK', 'that is ok', 'ok', 'okay', 'yes', 'fine'),
      picture('1F645', 'No thank you', 'no thank you', 'no', 'not ok', 'refuse'),
      picture('270B', 'Wait', 'wait', 'stop', 'hold on', 'hand'),
      picture('1F6D1', 'Stop', 'stop', 'end', 'stop sign'),
      picture('23F8', 'Pause', 'pause', 'break', 'rest', 'time out'),
      picture('23ED', 'Pass', 'pass', 'skip', 'next', 'not now'),
      picture('2757', 'Important', 'important', 'attention', 'note this', 'exclamation'),
      picture('26A0', 'Careful', 'careful', 'warning', 'danger', 'risk', 'caution'),
      picture('1F6AB', 'Not allowed', 'not allowed', 'banned', 'forbidden', 'no'),
      picture('2B50', 'Star', 'star', 'best', 'favourite', 'great', 'good'),
      picture('1F91E', 'Hope', 'hope', 'fingers crossed', 'luck', 'wish'),
      picture('1F5F3', 'Vote', 'vote', 'voting', 'ballot', 'choose', 'choice', 'election'),
    ],
  },
]

/** The library, its groups named in `language` (the person's own, on their screen). */
export function pictureGroupsIn(language: BoardLanguage): readonly PictureGroup[] {
  const t = boardT(language)
  return groupsAsWritten.map((group) => ({ ...group, name: t(`pictureGroups.${group.id}`) }))
}

/** The library, its groups named in English. */
export const pictureGroups: readonly PictureGroup[] = pictureGroupsIn(sourceLanguage)

const pictureById = new Map(pictureGroups.flatMap((group) => group.pictures.map((p) => [p.id, p] as const)))

/** The library picture with this OpenMoji hexcode, if it is in the library. */
export function findLibraryPicture(id: string): LibraryPicture | undefined {
  return pictureById.get(id)
}
