/**
 * Common family names, written from general knowledge of the most frequent surnames per language
 * and naming culture. Space-separated to keep the bundle small.
 */

const ENGLISH = `
Tan Lim Lee Ng Ong Teo Goh Chua Koh Chan Wong Yeo Low Toh Sim Chong Foo Heng Quek Seah Yap Loh Ang Poh
Tay Neo Pang Kwan Leong Liew Yong Chia Khoo Ooi Cheah Tham Santos Reyes Cruz Bautista Ocampo Mendoza Garcia
Dela Cruz Aquino Villanueva Ramos Castillo Soriano Manalo Pascual Navarro Salvador Tolentino Fernando
Perera Silva Fonseka Jayasuriya Wickramasinghe Bandara Rajapaksa Gunawardena Dissanayake Herath
Balogun Adeleke Bello Afolabi Oladipo Ogunbanjo Abubakar Musa Yusuf Danjuma Nwachukwu Onyeka Obiora Ezeh
Nnaji Ndukwe Okoye Okafor Nwankwo Eze Obi Uzor Ogbonna Onuoha Adeyemi Akinola Ayodele Babatunde Oyelaran
Oladele Fashola Adebayo Olatunji Ogunyemi Adewale Ajayi Oyewole Falana Odukoya Mensah Asante Darko Addo
Owusu Boateng Amoah Quaye Ansah Agyeman Nkrumah Kiprop Cheruiyot Kimani Onyango Mutai Wafula Njenga
Srinivasan Raghunathan Venkataraman Krishnamurthy Ramaswamy Padmanabhan Viswanathan Sivakumar Rajan Ramesh
Chandran Prasad Varma Bhatt Sinha Jha Thakkar Parikh Modi Dave Vyas Soni Chokshi Kothari Lal Nath Puri
El-Amin El-Sayed El-Masri El-Khoury Al-Amin Al-Hassan Al-Hashimi Al-Mansour Abdel-Aziz Abu-Bakr Bakr
Hamid Rahim Karim Latif Majid Nadir Qasim Rashid Shakir Taha Wahid Zaki Sultan Mahmood Masood Anwar
Yamaguchi Kikuchi Kudo Sakai Takeda Ueda Sugiyama Noguchi Matsui Arai Kubo Nomura Hirano Otsuka Chiba
Jeong Baek Nam Ryu Moon Yang Ko Son Bae Jo Heo Yoo Shim Noh Ha Kwak Seong Cha Joo Woo Min Ryu Jin
Guo Luo Zhu Xu Sun Hu Gao Xie Han Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang Cai Du Ye
Cheng Su Wei Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Fan Kong Bai Mo Qian Qin Shi Hou Meng Long Wan
Duarte Sepúlveda Sepulveda Valdivia Carvajal Fuenzalida Bustos Tapia Araya Jara Pizarro Cárdenas Vidal
Quispe Mamani Huamán Condori Chávez Flores Rojas Paredes Villca Ticona Cabrera Benítez Giménez Acuña
Sosa Ferreyra Romero Medina Ledesma Godoy Ojeda Vera Molina Correa Ríos Barrios Peralta Figueroa Luna
Herrera Aguirre Castro Maldonado Navarrete Ibarra Salinas Cervantes Trejo Zúñiga Escobar Arellano Rangel
Abramowitz Adler Bernstein Blum Cohen Eisenberg Feldman Friedman Goldberg Goldstein Greenberg Grossman
Horowitz Kaplan Katz Klein Levi Levy Levine Lieberman Rosen Rosenberg Rubin Schwartz Shapiro Silverman
Stern Weiss Weinberg Zimmerman Ben-David Mizrahi Peretz Biton Dahan Avraham Friedmann Ashkenazi
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes
Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard
Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez
Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman
Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham
Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens
Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry
Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder
Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills
Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan
Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews
Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega
Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin
Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson
Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch
Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia
Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett
Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck
Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes
Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker
Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe
Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis
Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin
Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor
Cardenas Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales
Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese
Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya
Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf
Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton
Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover
Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade
Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey Velazquez
Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang
Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd Bautista Ali
Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah Roth
Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood
Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez
Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe
Anthony Pittman Huynh Randall Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall
Boone Kirby Wilkinson Bridges Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia
Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews
Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell Shields Rubio Huffman Choi Boyer Garrison
Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran
Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay
Tanner Hutchinson Kaur Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain
Montes Mata Rosario Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance
Barry Johns Eaton Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes
Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong Kline Cordova Barajas Roach Rosas Winters
Jacobson Lester Knox Bullock Kerr Leach Meadows Orr Davila Whitehead Pruitt Kent Conway McKee Barr David
Dejesus Marin Berger McIntyre Blankenship Gaines Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell
Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun Sexton Chung Gentry Hull Duarte Ellison Nielsen
Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw McIntosh Howe Livingston Frost Glass
Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley McFarland Hebert Enriquez
Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles Benjamin
Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan Small Bentley Felix Peck
Lucero Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava Ayers Everett Ventura Avery Pugh Mayer
Bender Shepard McMahon Landry Case Sampson Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay
Espinosa Rivers Farley Bernard Ashley Friedman Potts Truong Costa Correa Blevins Nixon Clements Fry
Delarosa Best Benton Lugo Portillo Dougherty Crane Haley Phan Villalobos Blanchard Horne Finley Quintana
Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye Sheppard McCarty
Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta Donaldson Stuart Faulkner
Maynard Galindo Coffey Estes Sanford Burch Maddox Vo Oconnell Vu Andersen Spence McPherson Church
Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard Alfaro Hester Proctor Lu Hinton Novak Good
Madden McCann Terrell Jarvis Dickson Reyna Cantrell Mayo Branch Hendrix Rollins Rowland Whitney Duke
Odom Daugherty Travis Tang Archer Holloway Whitfield Ashworth Pemberton Thornhill Hargreaves Holt Fairfax
Ashton Bolton Brennan Buckingham Cartwright Chadwick Crowther Fairbanks Hargrove Kershaw Lockwood
Pickering Radcliffe Rowntree Sutcliffe Whitworth Wainwright McAllister McGregor McKenna McLeod McNamara
MacLeod MacKenzie MacKay MacLean Gallagher Kavanagh Brennan Byrne Doherty Donnelly Dunne Flanagan Keane
Kearney Lynch Maguire Moloney Mulligan Nolan Quigley Regan Sheehan Tierney Whelan OBrien Obi Okafor Okeke
Okonkwo Okoro Adeyemi Adebayo Ogunleye Olawale Nwosu Eze Chukwu Mensah Boateng Owusu Asante Appiah Osei
Acheampong Nkosi Dlamini Ndlovu Mokoena Khumalo Mahlangu Mthembu Zulu Kamau Mwangi Otieno Odhiambo
Wanjiru Kariuki Njoroge Mutua Ochieng Kiplagat Tesfaye Bekele Haile Girma Mekonnen Alemu Diallo Traore
Toure Keita Coulibaly Sow Ba Ndiaye Diop Fall Cisse Kone Mbeki Banda Phiri Moyo Sithole
`;

const SPANISH_PORTUGUESE = `
García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido
Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera
Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana
Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias
Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Pardo Merino
Franco Espinosa Izquierdo Lara Rivas Silva Rivera Casado Arroyo Redondo Camacho Rey Vera Otero Luque
Galán Montes Ríos Sierra Segura Carrillo Marcos Marti Soriano Mendoza Chávez Chavez Castañeda Salazar
Ochoa Valencia Zapata Quintero Cárdenas Rincón Villalobos Acosta Figueroa Cabello Pizarro Echeverría
Etxeberria Aguirre Goikoetxea Zubizarreta Urrutia Iturbe Arrieta Bilbao Larrañaga Puig Vila Font Roca
Serra Pons Costa Sala Riera Mas Bosch Casas Rovira Ortiz Olivares Solís Valdés Zamora Villanueva
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Goncalves
Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Simoes Antunes
Matos Fonseca Machado Araújo Araujo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Batista
Barros Campos Dias Miranda Sá Magalhães Nascimento Lima Melo Moura Cavalcanti Andrade Barreto Farias
Duarte Leite Brandão Queiroz Xavier Pacheco Borges Sampaio Guimarães Domingues Valente Paiva Torres
`;

const GERMAN_DUTCH_NORDIC = `
Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Schaefer Koch
Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Krueger Hofmann Hartmann
Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Koehler Herrmann König Koenig
Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Moeller Weiß Weiss Jung Hahn Schubert Vogel
Friedrich Keller Günther Guenther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
Simon Ludwig Böhm Boehm Winter Kraus Martin Schumacher Krämer Kraemer Vogt Stein Jäger Jaeger Otto Sommer
Groß Gross Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn
Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ernst Kessler Brunner Gruber Hofer Wimmer Egger
Steiner Moser Mayr Leitner Berger Fuchs Eder Schwarz Bauer Pichler Aigner Reiter Lechner Holzer Graf
de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder de Groot
Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer van der Linden
Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn de Bruin van der Heijden
Schouten van Beek Willems van Vliet van de Ven Hoekstra Maas Verhoeven Koster van Dam van der Wal Prins
Blom Huisman Peeters Maes Claes Goossens Wouters De Smet Dubois Lambert Dupont Mertens Willems Janssens
Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Lindstrom Olofsson Lindqvist
Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg
Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson
Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
Blomqvist Claesson Nordström Mårtensson Lundström Ali Hedlund Nordin Ekström Sundberg Sjögren Strand
Hansen Nielsen Jensen Pedersen Andersen Christensen Larsen Sørensen Sorensen Rasmussen Jørgensen Petersen
Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Johannessen Karlsen Eriksen
Berg Haugen Hagen Johnsen Solberg Bakken Kristiansen Jacobsen Lie Strand Moen Dahl Lund Halvorsen Nilsen
Korhonen Virtanen Mäkinen Makinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Jarvinen
Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen
Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Kallio
Miettinen Hirvonen Pelkonen Aaltonen Räsänen Rasanen Koivisto Lindholm Peltonen Manninen Hakala Ojala
Seppälä Kettunen Rautio Toivonen Väisänen Kärkkäinen Lampinen Honkanen Harju Anttila Nurmi Vainio
`;

const FRENCH_ITALIAN_POLISH = `
Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy
Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefevre
Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier Garcia Perrin Robin
Clement Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire
Noel Meyer Dufour Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet Gaillard Barbier Arnaud Martinez
Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas
Lacroix Olivier Philippe Bourgeois Pierre Benoit Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte
Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur
Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carre Charles Renault
Charpentier Menard Maillard Baron Bertin Bailly Herve Schneider Fernandez Le Gall Collet Leger Bouvier
Julien Prevost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson Langlois Remy Le Goff Pelletier
Leveque Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez
Guichard Gillet Etienne Grondin Poulain Tessier Chevallier Collin Chauvin Da Silva Bouchet Gay Lemaitre
Benard Marechal Humbert Reynaud Antoine Hoarau Perret Barthelemy Cordier Pichon Lejeune Gilbert Lamy
Delaunay Pasquier Carlier Laporte Lefèvre Lefèbvre Dubois Chevalier Bérnard Bouchard Gagnon Tremblay
Côté Cote Pelletier Bélanger Belanger Lévesque Levesque Bergeron Leblanc Paquette Girard Simard Boucher
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini
Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli
Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De Santis D'Angelo Marchetti Parisi
Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini
Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone
Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore De Rosa
Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero
Sorrentino D'Amico Orlando Damico Negri Fontana Bellucci Romani Fumagalli Brambilla Marchi Cocco
Nowak Kowalski Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Zieliński
Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Jankowski Mazur
Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Zajac Pawłowski Pawlowski Michalski
Król Krol Wieczorek Jabłoński Jablonski Wróbel Wrobel Nowakowski Majewski Olszewski Stępień Stepien
Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Gorski Witkowski Walczak Sikora Baran Rutkowski
Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki
Bąk Jakubowski Sadowski Duda Włodarczyk Chmielewski Borkowski Czarnecki Sawicki Sokołowski Urbański
Kubiak Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak
Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski
Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Kowalska
Nowakowska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Woźniak Dąbrowska Kozłowska
Jankowska Mazur Kwiatkowska Krawczyk Kaczmarek Piotrowska Grabowska Zając Pawłowska Michalska Mazurek
`;

const ASIAN_MIDDLE_EAST = `
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song
Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
Yao Jin Fu Zhong Cui Tan Lu Fan Wong Chan Cheung Leung Lau Ng Ho Yip Tsang Chow Kwok Lam Tse Chiu
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima
Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura
Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada
Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh
Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Iyer Iyengar Reddy Rao Nair Menon Pillai
Chatterjee Banerjee Mukherjee Bhattacharya Chakraborty Das Dutta Ghosh Bose Sen Roy Sengupta Mitra
Agarwal Aggarwal Agrawal Bansal Goel Goyal Jain Mittal Kapoor Khanna Malhotra Chopra Bhatia Sethi Arora
Saxena Srivastava Tiwari Pandey Mishra Dubey Shukla Tripathi Chaturvedi Dwivedi Trivedi Upadhyay Yadav
Chauhan Rathore Thakur Rajput Naidu Krishnan Subramaniam Subramanian Venkatesh Raman Ramachandran
Natarajan Sundaram Raghavan Balasubramanian Chandrasekhar Gopalan Swaminathan Narayanan Ravi Mohan
Kulkarni Deshpande Patil Pawar Jadhav Shinde Gaikwad Chavan Kadam More Naik Hegde Shetty Kamath Pai
Bhat Bhatt Kaul Dhar Raina Gill Sandhu Sidhu Dhillon Grewal Bajwa Brar Virk Chahal Kaur Ahluwalia
Khan Ahmed Ahmad Hussain Hossain Rahman Rehman Islam Chowdhury Choudhury Akhtar Qureshi Siddiqui Ansari
Sheikh Shaikh Malik Mirza Baig Butt Chaudhry Rana Javed Iqbal Aziz Hashmi Haider Zaidi Rizvi Naqvi
Al-Farsi Al-Sayed Al-Rashid Al-Harbi Al-Otaibi Al-Qahtani Al-Ghamdi Al-Zahrani Al-Shehri Al-Mutairi
Haddad Khoury Nassar Saleh Hamdan Mansour Darwish Khalil Yousef Ibrahim Hassan Hussein Abdullah Aziz
Farouk Said Nasser Khalaf Masri Najjar Sabbagh Bitar Hakim Karam Aoun Gemayel Azar Fares Jaber Awad
Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara
Koc Kurt Ozkan Simsek Polat Korkmaz Karaca Erdogan Aksoy Tekin Gunes Bulut Ates Yavuz Tas Kose
Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Ghorbani Heidari Sadeghi Mousavi
Tehrani Shirazi Kazemi Nazari Abbasi Amini Farahani Esfahani
Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev
Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev
Ivanova Smirnova Kuznetsova Popova Petrova Sokolova Volkova Novikova Morozova Pavlova Kozlova Orlova
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk Koval Lysenko
Papadopoulos Papadakis Georgiou Nikolaou Dimitriou Konstantinou Ioannou Christodoulou Vasileiou
Horvath Nagy Kovacs Toth Szabo Varga Kiss Molnar Nemeth Farkas Novak Dvorak Svoboda Novotny Cerny
Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu
`;

/** Every surname, for membership tests. Multi-word surnames are matched by their last word too. */
export const SURNAMES: ReadonlySet<string> = new Set(
  [ENGLISH, SPANISH_PORTUGUESE, GERMAN_DUTCH_NORDIC, FRENCH_ITALIAN_POLISH, ASIAN_MIDDLE_EAST]
    .join(' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && /^\p{Lu}/u.test(w)),
);
